import { apiRoutes, type positionSearchQuerySchema } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';

export type PositionQuery = z.output<typeof positionSearchQuerySchema>;

/** Open positions matching the query, with facet counts; the previous page stays up while the next loads. */
export function usePositionSearch(query: PositionQuery) {
  return useQuery({
    queryKey: ['search', 'positions', query],
    queryFn: ({ signal }) => callApi(apiRoutes.search.positions, { query, signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

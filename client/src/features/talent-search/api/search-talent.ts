import { apiRoutes, type talentSearchQuerySchema } from '@shsw/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { callApi } from '../../../lib/api-client';

export type TalentQuery = z.output<typeof talentSearchQuerySchema>;

/** Visible talent records matching the query, masked as the API returns them, with facet counts. */
export function useTalentSearch(query: TalentQuery) {
  return useQuery({
    queryKey: ['search', 'talent', query],
    queryFn: ({ signal }) => callApi(apiRoutes.search.talent, { query, signal }),
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

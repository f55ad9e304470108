import { apiRoutes, positionSearchQuerySchema } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

const newest = positionSearchQuerySchema.parse({ sort: 'newest', pageSize: 6 });

/** The six most recently published open positions, for the home page. */
export function useLatestPositions() {
  return useQuery({
    queryKey: ['search', 'positions', 'latest'],
    queryFn: async ({ signal }) => (await callApi(apiRoutes.search.positions, { query: newest, signal })).hits,
    staleTime: 60_000,
    retry: false,
  });
}

import { apiRoutes, positionSearchQuerySchema } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

const onlyCounts = positionSearchQuerySchema.parse({ pageSize: 1 });

/** Open positions per service domain, from the search's facet counts (one hit asked for, only the counts used). */
export function useDomainCounts() {
  return useQuery({
    queryKey: ['search', 'positions', 'domainCounts'],
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.search.positions, { query: onlyCounts, signal })).facets.domain ?? {},
    staleTime: 60_000,
    // Without counts the grid still works: no waiting on retries.
    retry: false,
  });
}

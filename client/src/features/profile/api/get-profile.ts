import { apiRoutes } from '@shsw/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export const profileQueryKey = ['profile', 'mine'] as const;

export const profileQuery = queryOptions({
  queryKey: profileQueryKey,
  queryFn: ({ signal }) => callApi(apiRoutes.profiles.get, { signal }),
});

/** The worker's own talent record with its computed badges and completeness (`enabled: false` for others). */
export function useProfile({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...profileQuery, enabled });
}

import { apiRoutes } from '@shsw/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { followingKey } from './keys';

/** Whether the signed-in person is notified when a report is published. */
export function useFollowingReports(enabled: boolean) {
  return useQuery({
    queryKey: followingKey,
    queryFn: ({ signal }) => callApi(apiRoutes.reports.following, { signal }),
    enabled,
  });
}

export function useSetFollowingReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (on: boolean) => callApi(on ? apiRoutes.reports.follow : apiRoutes.reports.unfollow),
    onSuccess: (answer) => queryClient.setQueryData(followingKey, answer),
  });
}

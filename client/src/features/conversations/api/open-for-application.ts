import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

/** The thread of an application (the 消息 link of either side), opened if it is not yet. */
export function useThreadOfApplication(applicationId: string | null) {
  return useQuery({
    queryKey: ['conversations', 'application', applicationId],
    enabled: applicationId !== null,
    queryFn: () => callApi(apiRoutes.conversations.forApplication, { params: { id: applicationId ?? '' } }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

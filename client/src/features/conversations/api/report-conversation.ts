import { apiRoutes } from '@shsw/shared';
import { useMutation } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export function useReportConversation(id: string) {
  return useMutation({
    mutationFn: (reason: string) => callApi(apiRoutes.conversations.report, { params: { id }, body: { reason } }),
  });
}

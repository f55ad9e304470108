import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { appendMessages, noteSeen, threadListKey } from './keys';

export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => callApi(apiRoutes.conversations.send, { params: { id }, body: { text } }),
    onSuccess: (message) => {
      noteSeen([message]);
      appendMessages(queryClient, [message]);
      void queryClient.invalidateQueries({ queryKey: threadListKey });
    },
  });
}

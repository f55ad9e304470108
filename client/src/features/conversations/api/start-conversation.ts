import { apiRoutes, type StartConversationBody } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { noteSeen, threadListKey } from './keys';

/** A worker's question about a position: opens (or continues) the thread with the organisation. */
export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StartConversationBody) => callApi(apiRoutes.conversations.start, { body }),
    onSuccess: ({ message }) => {
      noteSeen([message]);
      void queryClient.invalidateQueries({ queryKey: threadListKey });
    },
  });
}

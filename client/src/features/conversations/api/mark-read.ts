import { apiRoutes, type Conversation } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { messagesUnreadKey, threadKey, threadListKey } from './keys';

/** Marks a thread read: the badge and the list follow, the other side sees 已读. */
export function useMarkThreadRead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(apiRoutes.conversations.read, { params: { id } }),
    onSuccess: ({ unread }) => {
      queryClient.setQueryData(messagesUnreadKey, unread);
      queryClient.setQueryData<Conversation>(threadKey(id), (c) => (c ? { ...c, unread: 0 } : c));
      void queryClient.invalidateQueries({ queryKey: threadListKey });
    },
  });
}

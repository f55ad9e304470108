import { apiRoutes } from '@shsw/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { type MessagePage, noteSeen, threadMessagesKey } from './keys';

/** The latest messages of a thread, oldest first; live ones are appended by the message stream. */
export function useMessages(id: string) {
  return useQuery({
    queryKey: threadMessagesKey(id),
    queryFn: async ({ signal }): Promise<MessagePage> => {
      const page = await callApi(apiRoutes.conversations.messages, { params: { id }, query: { limit: 50 }, signal });
      noteSeen(page.items);
      return page;
    },
  });
}

/** Loads the page before the oldest shown and puts it in front. */
export function useOlderMessages(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (before: string) =>
      callApi(apiRoutes.conversations.messages, { params: { id }, query: { before, limit: 50 } }),
    onSuccess: (older) =>
      queryClient.setQueryData<MessagePage>(threadMessagesKey(id), (page) =>
        page ? { items: [...older.items, ...page.items], hasMore: older.hasMore } : page,
      ),
  });
}

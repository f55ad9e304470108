import { apiRoutes } from '@shsw/shared';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { messagesUnreadKey, threadListKey } from './keys';

/** The viewer's threads (a worker's own, or the organisation's), latest first. */
export function useConversations() {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: threadListKey,
    queryFn: async ({ signal }) => {
      const list = await callApi(apiRoutes.conversations.list, { query: { limit: 100 }, signal });
      queryClient.setQueryData(messagesUnreadKey, list.unread);
      return list;
    },
  });
}

/** The worker's thread about one position, if there is one (the position page's 向机构提问). */
export function useConversationAbout(positionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...threadListKey, 'position', positionId],
    enabled,
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.conversations.list, { query: { positionId, limit: 1 }, signal })).items[0] ?? null,
  });
}

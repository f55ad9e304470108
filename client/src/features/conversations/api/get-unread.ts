import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { messagesUnreadKey } from './keys';

/** Unread messages of the viewer's side; kept current by the message stream, refetched on focus. */
export function useMessagesUnread() {
  return useQuery({
    queryKey: messagesUnreadKey,
    queryFn: async ({ signal }) => (await callApi(apiRoutes.conversations.unread, { signal })).unread,
    refetchOnWindowFocus: 'always',
  });
}

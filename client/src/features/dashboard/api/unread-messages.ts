import { apiRoutes } from '@shsw/shared';
import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';

export function useUnreadMessages() {
  return useQuery({
    queryKey: ['dashboard', 'unread'],
    queryFn: async ({ signal }) => (await callApi(apiRoutes.conversations.unread, { signal })).unread,
  });
}

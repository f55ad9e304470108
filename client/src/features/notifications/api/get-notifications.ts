import { apiRoutes } from '@shsw/shared';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../../lib/api-client';
import { type FeedFilter, type FeedPage, feedKey, unreadKey } from './keys';
import { remember } from './notification-memory';

export const feedPageSize = 20;

/** The signed-in person's notifications, newest first, a page at a time (`unread` for unread only). */
export function useNotificationFeed(filter: FeedFilter, enabled = true) {
  const queryClient = useQueryClient();
  return useInfiniteQuery({
    queryKey: feedKey(filter),
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam, signal }): Promise<FeedPage> => {
      const page = await callApi(apiRoutes.notifications.list, {
        query: { limit: feedPageSize, before: pageParam, unread: filter === 'unread' ? 'true' : undefined },
        signal,
      });
      remember(page.items);
      queryClient.setQueryData(unreadKey, page.unread);
      return page;
    },
    getNextPageParam: (last) => (last.items.length === feedPageSize ? last.items.at(-1)?.id : undefined),
  });
}

/** How many notifications are unread; kept current by the realtime channel once it is connected. */
export function useUnreadCount(enabled = true) {
  return useQuery({
    queryKey: unreadKey,
    enabled,
    queryFn: async ({ signal }) =>
      (await callApi(apiRoutes.notifications.list, { query: { limit: 1, unread: 'true' }, signal })).unread,
    staleTime: 5 * 60_000,
  });
}

import type { Notification } from '@shsw/shared';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';

export type FeedFilter = 'all' | 'unread';
export interface FeedPage {
  items: Notification[];
  unread: number;
}
export type Feed = InfiniteData<FeedPage, string | undefined>;

export const notificationsKey = ['notifications'] as const;
export const unreadKey = [...notificationsKey, 'unread'] as const;
export const feedsKey = [...notificationsKey, 'feed'] as const;
export const feedKey = (filter: FeedFilter) => [...feedsKey, filter] as const;
export const preferencesKey = [...notificationsKey, 'preferences'] as const;

const newestFirst = (a: Notification, b: Notification) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** Puts newly arrived notifications at the top of every cached list they belong in, never twice. */
export function insertIntoFeeds(queryClient: QueryClient, items: readonly Notification[]): void {
  if (items.length === 0) return;
  for (const filter of ['all', 'unread'] as const) {
    queryClient.setQueryData<Feed>(feedKey(filter), (feed) => {
      const [first, ...rest] = feed?.pages ?? [];
      if (!feed || !first) return feed;
      const present = new Set(feed.pages.flatMap((p) => p.items.map((n) => n.id)));
      const fresh = items.filter((n) => !present.has(n.id) && (filter === 'all' || n.readAt === null));
      if (fresh.length === 0) return feed;
      return { ...feed, pages: [{ ...first, items: [...fresh, ...first.items].sort(newestFirst) }, ...rest] };
    });
  }
}

/** Marks notifications read in every cached list (one id, or all of them when `ids` is null). */
export function markReadInFeeds(queryClient: QueryClient, ids: readonly string[] | null, at: string): void {
  for (const filter of ['all', 'unread'] as const) {
    queryClient.setQueryData<Feed>(feedKey(filter), (feed) =>
      feed
        ? {
            ...feed,
            pages: feed.pages.map((page) => ({
              ...page,
              items: page.items.map((n) =>
                n.readAt === null && (ids === null || ids.includes(n.id)) ? { ...n, readAt: at } : n,
              ),
            })),
          }
        : feed,
    );
  }
}

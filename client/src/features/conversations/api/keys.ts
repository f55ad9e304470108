import type { ConversationMessage } from '@shsw/shared';
import type { QueryClient } from '@tanstack/react-query';

export const conversationsKey = ['conversations'] as const;
export const threadListKey = [...conversationsKey, 'list'] as const;
export const messagesUnreadKey = [...conversationsKey, 'unread'] as const;
export const threadKey = (id: string) => [...conversationsKey, 'thread', id] as const;
export const threadMessagesKey = (id: string) => [...conversationsKey, 'messages', id] as const;

export interface MessagePage {
  items: ConversationMessage[];
  hasMore: boolean;
}

/** Adds arrived messages to their thread's cached page, in id order, never twice. */
export function appendMessages(queryClient: QueryClient, items: readonly ConversationMessage[]): void {
  const byThread = new Map<string, ConversationMessage[]>();
  for (const m of items) byThread.set(m.conversationId, [...(byThread.get(m.conversationId) ?? []), m]);
  for (const [id, arrived] of byThread) {
    queryClient.setQueryData<MessagePage>(threadMessagesKey(id), (page) => {
      if (!page) return page;
      const present = new Set(page.items.map((m) => m.id));
      const fresh = arrived.filter((m) => !present.has(m.id));
      if (fresh.length === 0) return page;
      return { ...page, items: [...page.items, ...fresh].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
    });
  }
}

/** The newest message id this tab has seen: a reconnect asks for what came after it. */
let newestSeen: string | null = null;
export function noteSeen(items: readonly ConversationMessage[]): void {
  for (const m of items) if (newestSeen === null || m.id > newestSeen) newestSeen = m.id;
}
export const newestSeenId = () => newestSeen;
export function forgetSeen(): void {
  newestSeen = null;
}

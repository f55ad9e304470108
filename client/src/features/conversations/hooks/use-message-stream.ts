import type { Conversation, ConversationMessage } from '@shsw/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { connectRealtime } from '../../../lib/socket';
import {
  appendMessages,
  forgetSeen,
  messagesUnreadKey,
  newestSeenId,
  noteSeen,
  threadKey,
  threadListKey,
} from '../api/keys';

/**
 * The live side of messages for the signed-in account (mount once per account): new messages go
 * into their open thread, the list and the badge; read receipts into the thread; on every
 * (re)connect it asks for what arrived after the newest message this tab has seen, and on
 * reconnect and window focus the badge and the list are read again. Returns whether it is up.
 */
export function useMessageStream(mySide: 'worker' | 'organisation'): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    forgetSeen();
    const socket = connectRealtime();
    const arrived = (items: readonly ConversationMessage[]) => {
      if (items.length === 0) return;
      noteSeen(items);
      appendMessages(queryClient, items);
      void queryClient.invalidateQueries({ queryKey: threadListKey });
    };
    // A count read in flight (asked on connect or focus) may answer with what was true before this
    // event: it is cancelled first, so it cannot overwrite the newer count (events keep their order).
    const setUnread = (unread: number) =>
      void queryClient
        .cancelQueries({ queryKey: messagesUnreadKey })
        .then(() => queryClient.setQueryData(messagesUnreadKey, unread));
    const refresh = () => {
      void queryClient.invalidateQueries({ queryKey: messagesUnreadKey });
      void queryClient.invalidateQueries({ queryKey: threadListKey });
    };
    socket.on('connect', () => {
      setConnected(true);
      const since = newestSeenId();
      if (since) socket.emit('messages:resume', { lastSeenId: since });
      refresh();
    });
    socket.on('message', (m) => arrived([m]));
    socket.on('messages:sync', ({ items, unread }) => {
      arrived(items);
      setUnread(unread);
    });
    socket.on('messages:unread', ({ unread }) => setUnread(unread));
    // Both sides hear a read; only the other side's is a receipt for this one.
    socket.on('message:read', (r) => {
      if (r.side === mySide) return;
      queryClient.setQueryData<Conversation>(threadKey(r.conversationId), (c) =>
        c ? { ...c, otherRead: { lastReadId: r.lastReadId, readAt: r.readAt } } : c,
      );
    });
    socket.on('disconnect', () => setConnected(false));
    const onFocus = () => refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [queryClient, mySide]);
  return connected;
}

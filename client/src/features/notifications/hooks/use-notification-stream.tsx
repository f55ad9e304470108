import type { Notification } from '@shsw/shared';
import { focusManager, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { invalidateForBoardChange, invalidateForNotifications, invalidateLiveLists } from '../../../lib/live-queries';
import { sessionQueryKey } from '../../../lib/session';
import { connectRealtime } from '../../../lib/socket';
import { feedsKey, insertIntoFeeds, unreadKey } from '../api/keys';
import { useMarkRead } from '../api/mark-read';
import { forgetAll, lastSeenId, remember } from '../api/notification-memory';
import { useNotificationText } from '../components/use-notification-text';

/** More missed notifications than this arrive as one summary toast instead of one each. */
const toastEach = 3;

/**
 * The live side of notifications for the signed-in account (mount once per account): a socket
 * that, on every (re)connect, asks for what arrived after the newest notification this tab knows.
 * New ones go into the cached lists and the badge and get a toast — each exactly once, whichever
 * way (live, resumed, or read by a list) it arrived first. Returns whether the channel is up.
 */
export function useNotificationStream(): boolean {
  const queryClient = useQueryClient();
  const { notification } = App.useApp();
  const { t } = useTranslation();
  const words = useNotificationText();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const [connected, setConnected] = useState(false);
  // The socket lives as long as the account; the latest helpers are read through a ref.
  const helpers = useRef({ notification, t, words, navigate, markRead: markRead.mutate });
  helpers.current = { notification, t, words, navigate, markRead: markRead.mutate };

  useEffect(() => {
    forgetAll();
    let closed = false;
    const socket = connectRealtime();

    const toast = (n: Notification) => {
      const { notification, t, words, navigate, markRead } = helpers.current;
      const { title, body } = words(n);
      const key = `notification-${n.id}`;
      const link = n.link;
      notification.info({
        key,
        title,
        description: body,
        placement: 'bottomRight',
        role: 'status',
        props: { 'data-testid': 'notification-toast' },
        actions: link && (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              notification.destroy(key);
              markRead(n.id);
              navigate(link);
            }}
          >
            {t('notifications.open')}
          </Button>
        ),
      });
    };

    const summary = (count: number) => {
      const { notification, t, navigate } = helpers.current;
      const key = 'notifications-missed';
      notification.info({
        key,
        title: t('notifications.missed', { count }),
        placement: 'bottomRight',
        role: 'status',
        props: { 'data-testid': 'notification-toast' },
        actions: (
          <Button
            type="primary"
            size="small"
            onClick={() => {
              notification.destroy(key);
              navigate('/notifications');
            }}
          >
            {t('notifications.viewAll')}
          </Button>
        ),
      });
    };

    /** Takes in what arrived; the server's unread count when it sent one, else counts the new unread ones. */
    const arrived = (items: readonly Notification[], unread: number | null): Notification[] => {
      const fresh = remember(items);
      insertIntoFeeds(queryClient, fresh);
      // The screens these notifications change (lists, timelines, boards) read again now.
      invalidateForNotifications(queryClient, fresh);
      if (unread !== null) queryClient.setQueryData(unreadKey, unread);
      else {
        const added = fresh.filter((n) => n.readAt === null).length;
        if (added > 0) queryClient.setQueryData<number>(unreadKey, (count) => (count ?? 0) + added);
      }
      return fresh;
    };

    // A live notification can overtake the answer to a resume, whose unread count is then out of date.
    let awaitingSync = false;
    let overtaken = false;

    // Lists that follow live events are read again when the window comes back (events keep
    // arriving while it is hidden, but a laptop lid closed for an hour also closes the socket).
    const unsubscribeFocus = focusManager.subscribe((focused) => {
      if (focused) invalidateLiveLists(queryClient);
    });

    socket.on('connect', () => {
      setConnected(true);
      // What moved before this (re)connect — while the socket was down, or between the page's
      // first reads and the first connect — may have no notification this tab will be sent (a
      // colleague's move; a first resume sends nothing): the live lists are read again.
      invalidateLiveLists(queryClient);
      const since = lastSeenId();
      awaitingSync = true;
      overtaken = false;
      socket.emit('notifications:resume', { lastSeenId: since });
      // Nothing known to resume from: lists read from now on miss nothing (the badge comes with the sync).
      if (since === null) void queryClient.invalidateQueries({ queryKey: feedsKey });
    });
    socket.on('notification', (n) => {
      if (awaitingSync) overtaken = true;
      for (const fresh of arrived([n], null)) toast(fresh);
    });
    socket.on('notifications:sync', ({ items, unread }) => {
      const fresh = arrived(items, overtaken ? null : unread);
      if (overtaken) void queryClient.invalidateQueries({ queryKey: unreadKey });
      awaitingSync = false;
      if (fresh.length > toastEach) summary(fresh.length);
      else for (const n of fresh) toast(n);
    });
    socket.on('applications:changed', (e) => invalidateForBoardChange(queryClient, e));
    socket.on('notifications:unread', ({ unread }) => queryClient.setQueryData(unreadKey, unread));
    socket.on('disconnect', (reason) => {
      setConnected(false);
      // The server ended it (signed out elsewhere, password or membership changed): is the session still there?
      if (reason !== 'io server disconnect') return;
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      window.setTimeout(() => {
        if (!closed) socket.connect();
      }, 2_000);
    });
    socket.on('connect_error', (error) => {
      if (error.message === 'unauthenticated') void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    });

    return () => {
      closed = true;
      unsubscribeFocus();
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [queryClient]);
  return connected;
}

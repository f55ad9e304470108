import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { useWideScreen } from '../../../lib/use-media-query';
import { useNotificationFeed, useUnreadCount } from '../api/get-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { useNotificationStream } from '../hooks/use-notification-stream';
import { NotificationItem } from './notification-item';
import styles from './notifications.module.css';

/**
 * The header bell: a live unread count, and a drawer with the latest notifications. Mounted once
 * per signed-in account (keyed by it), it also holds the realtime connection.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const live = useNotificationStream();
  const unread = useUnreadCount().data ?? 0;
  return (
    <>
      <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
        <Button
          icon={<BellOutlined aria-hidden />}
          aria-label={unread > 0 ? t('notifications.bell.unread', { count: unread }) : t('notifications.bell.label')}
          aria-expanded={open}
          aria-controls="notification-drawer"
          onClick={() => setOpen(true)}
          data-testid="notification-bell"
          data-unread={unread}
          data-realtime={live ? 'connected' : 'offline'}
        />
      </Badge>
      <NotificationDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function NotificationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const wide = useWideScreen();
  const feed = useNotificationFeed('all', open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = useUnreadCount().data ?? 0;
  const items = feed.data?.pages[0]?.items ?? [];
  return (
    <Drawer
      id="notification-drawer"
      title={t('notifications.title')}
      placement="right"
      size={wide ? 420 : '100%'}
      open={open}
      onClose={onClose}
      footer={
        <div className={styles.drawerFoot}>
          <Link to="/notifications" onClick={onClose}>
            {t('notifications.viewAll')}
          </Link>
          <Link to="/notifications#preferences" onClick={onClose}>
            {t('notifications.preferences.link')}
          </Link>
        </div>
      }
    >
      <div className={styles.drawerHead}>
        <p className={styles.muted} role="status">
          {unread > 0 ? t('notifications.unreadCount', { count: unread }) : t('notifications.allRead')}
        </p>
        <Button size="small" disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {feed.isPending ? (
        <Spin description={t('app.loading')} />
      ) : feed.isError ? (
        <QueryError error={feed.error} onRetry={() => void feed.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState description={t('notifications.empty')} />
      ) : (
        <ul className={styles.list} aria-label={t('notifications.listLabel')}>
          {items.map((n) => (
            <li key={n.id}>
              <NotificationItem
                notification={n}
                onRead={(id) => markRead.mutate(id)}
                onOpen={onClose}
                pending={markRead.isPending && markRead.variables === n.id}
              />
            </li>
          ))}
        </ul>
      )}
    </Drawer>
  );
}

import { Alert, Button, Segmented, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { withParams } from '../../../lib/url-state';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useNotificationFeed, useUnreadCount } from '../api/get-notifications';
import type { FeedFilter } from '../api/keys';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import { NotificationItem } from './notification-item';
import styles from './notifications.module.css';

/** Every notification, newest first, all or unread only (in the URL), a page at a time. */
export function NotificationsList() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const filter: FeedFilter = search.get('filter') === 'unread' ? 'unread' : 'all';
  const feed = useNotificationFeed(filter);
  const unread = useUnreadCount().data ?? 0;
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const errorMessage = useApiErrorMessage();
  const items = feed.data?.pages.flatMap((p) => p.items) ?? [];
  const failure = markRead.error ?? markAll.error;
  return (
    <section className={styles.panel} aria-labelledby="notifications-list-title">
      <div className={styles.panelHead}>
        <h2 id="notifications-list-title" className="visually-hidden">
          {t('notifications.title')}
        </h2>
        <Segmented
          aria-label={t('notifications.filterLabel')}
          value={filter}
          options={[
            { value: 'all', label: t('notifications.filter.all') },
            { value: 'unread', label: t('notifications.filter.unread', { count: unread }) },
          ]}
          onChange={(value) => setSearch((s) => withParams(s, { filter: value === 'unread' ? value : null }))}
        />
        <Button disabled={unread === 0} loading={markAll.isPending} onClick={() => markAll.mutate()}>
          {t('notifications.markAllRead')}
        </Button>
      </div>
      {failure && <Alert type="error" showIcon role="alert" title={errorMessage(failure)} />}
      {feed.isPending ? (
        <div className={styles.empty}>
          <Spin description={t('app.loading')} />
        </div>
      ) : feed.isError ? (
        <QueryError error={feed.error} onRetry={() => void feed.refetch()} />
      ) : items.length === 0 ? (
        <div className={styles.empty}>
          <EmptyState description={filter === 'unread' ? t('notifications.emptyUnread') : t('notifications.empty')} />
        </div>
      ) : (
        <>
          <ul className={styles.list} aria-label={t('notifications.listLabel')}>
            {items.map((n) => (
              <li key={n.id}>
                <NotificationItem
                  notification={n}
                  onRead={(id) => markRead.mutate(id)}
                  pending={markRead.isPending && markRead.variables === n.id}
                />
              </li>
            ))}
          </ul>
          {feed.hasNextPage && (
            <div className={styles.more}>
              <Button onClick={() => void feed.fetchNextPage()} loading={feed.isFetchingNextPage}>
                {t('notifications.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

import type { Notification } from '@shsw/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import styles from './notifications.module.css';
import { useNotificationText } from './use-notification-text';

interface NotificationItemProps {
  notification: Notification;
  onRead: (id: string) => void;
  /** Following the link (closes the drawer). */
  onOpen?: () => void;
  pending?: boolean;
}

/** One notification: what happened, when, a link to it (which marks it read) and "mark read". */
export function NotificationItem({ notification: n, onRead, onOpen, pending }: NotificationItemProps) {
  const { t } = useTranslation();
  const { title, body } = useNotificationText()(n);
  const unread = n.readAt === null;
  const open = () => {
    if (unread) onRead(n.id);
    onOpen?.();
  };
  return (
    <article
      className={unread ? `${styles.item} ${styles.unread}` : styles.item}
      data-testid="notification"
      data-unread={unread}
    >
      <div className={styles.itemText}>
        <h3 className={styles.itemTitle}>
          {unread && <span className="visually-hidden">{t('notifications.unreadMark')}</span>}
          {n.link ? (
            <Link to={n.link} onClick={open}>
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        <p className={styles.itemBody}>{body}</p>
        <time dateTime={n.createdAt} className={styles.itemTime}>
          {formatDateTime(n.createdAt)}
        </time>
      </div>
      {unread && (
        <Button
          size="small"
          type="link"
          onClick={() => onRead(n.id)}
          disabled={pending}
          aria-label={t('notifications.markReadOne', { title })}
        >
          {t('notifications.markRead')}
        </Button>
      )}
    </article>
  );
}

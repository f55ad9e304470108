import type { Conversation } from '@shsw/shared';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import styles from './messages.module.css';

/** Whom a thread is with, as the viewer sees it. */
export function counterpartOf(c: Conversation, side: 'worker' | 'organisation', unknown: string): string {
  return (side === 'worker' ? c.orgName : c.workerName) || unknown;
}

export function ThreadList({
  items,
  side,
  currentId,
}: {
  items: readonly Conversation[];
  side: 'worker' | 'organisation';
  currentId: string | null;
}) {
  const { t } = useTranslation();
  return (
    <ul className={styles.list} aria-label={t('messages.listLabel')} data-testid="thread-list">
      {items.map((c) => (
        <li key={c.id}>
          <Link
            to={`/messages/${c.id}`}
            className={c.id === currentId ? `${styles.item} ${styles.current}` : styles.item}
            aria-current={c.id === currentId ? 'page' : undefined}
            data-testid="thread-item"
          >
            <span className={styles.itemHead}>
              <span>{counterpartOf(c, side, t('messages.unknownCounterpart'))}</span>
              <Badge count={c.unread} size="small" aria-label={t('messages.unreadInThread', { count: c.unread })} />
            </span>
            <span className={styles.muted}>{c.positionTitle}</span>
            <p className={styles.preview}>{c.lastMessage ? c.lastMessage.text : t(`messages.origin.${c.origin}`)}</p>
            <span className={styles.muted}>{formatDateTime(c.updatedAt)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

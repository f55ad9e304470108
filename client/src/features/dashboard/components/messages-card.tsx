import { useTranslation } from 'react-i18next';
import { useUnreadMessages } from '../api/unread-messages';
import { DashCard, Figure } from './dash-card';
import styles from './dashboard.module.css';

/** Unread messages of the viewer's side (a worker's, or the organisation's). */
export function UnreadMessagesCard() {
  const { t } = useTranslation();
  const unread = useUnreadMessages();
  return (
    <DashCard
      id="messages"
      title={t('dashboard.messages.title')}
      queries={[unread]}
      action={{ to: '/messages', label: t('dashboard.messages.open') }}
    >
      {() =>
        unread.data ? (
          <Figure value={unread.data} caption={t('dashboard.messages.caption')} testId="unread-count" />
        ) : (
          <p className={styles.muted}>{t('dashboard.messages.empty')}</p>
        )
      }
    </DashCard>
  );
}

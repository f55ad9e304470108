import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { UnsubscribeResult } from '../../features/notifications/components/unsubscribe-result';
import styles from './auth-page.module.css';

/** Where a mail's unsubscribe link lands: no sign-in, one click, a confirmation. */
export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('notifications.unsubscribe.title')}>
          {t('notifications.unsubscribe.title')}
        </PageTitle>
        <UnsubscribeResult token={search.get('token')} />
      </div>
    </div>
  );
}

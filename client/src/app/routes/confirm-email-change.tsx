import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { EmailLinkResult } from '../../features/account-email/components/link-result';
import styles from './auth-page.module.css';

export function ConfirmEmailChangeRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('email.confirmChange.title')}>{t('email.confirmChange.title')}</PageTitle>
        <EmailLinkResult kind="confirmChange" token={search.get('token')} />
      </div>
    </div>
  );
}

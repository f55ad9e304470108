import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { EmailLinkResult } from '../../features/account-email/components/link-result';
import styles from './auth-page.module.css';

export function VerifyEmailRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('email.verify.title')}>{t('email.verify.title')}</PageTitle>
        <EmailLinkResult kind="verify" token={search.get('token')} />
      </div>
    </div>
  );
}

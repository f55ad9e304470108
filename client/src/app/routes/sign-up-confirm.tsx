import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { ConfirmSignUp } from '../../features/auth/components/confirm-sign-up';
import styles from './auth-page.module.css';

/** Where the sign-up mail's link lands. */
export function SignUpConfirmRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('auth.confirmSignUp.title')}>{t('auth.confirmSignUp.title')}</PageTitle>
        <ConfirmSignUp token={search.get('token')} />
      </div>
    </div>
  );
}

import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { ResetPasswordForm } from '../../features/auth/components/reset-password-form';
import styles from './auth-page.module.css';

/** Where the reset mail's link lands: a new password, whether or not someone is signed in here. */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token');
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('auth.reset.title')}>{t('auth.reset.title')}</PageTitle>
        <Typography.Paragraph className={styles.intro}>{t('auth.reset.intro')}</Typography.Paragraph>
        {token ? <ResetPasswordForm token={token} /> : <Alert type="error" showIcon title={t('auth.reset.missing')} />}
        <p className={styles.switch}>
          <Link to="/forgot-password">{t('auth.reset.again')}</Link>
        </p>
      </div>
    </div>
  );
}

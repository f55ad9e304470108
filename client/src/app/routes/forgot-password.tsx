import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/page-title';
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form';
import { useMailDelivery } from '../../lib/use-mail-delivery';
import styles from './auth-page.module.css';

export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const delivery = useMailDelivery();
  return (
    <div className={styles.page}>
      <div className={styles.card}>
        <PageTitle documentTitle={t('auth.forgot.title')}>{t('auth.forgot.title')}</PageTitle>
        <Typography.Paragraph className={styles.intro}>{t('auth.forgot.intro')}</Typography.Paragraph>
        {delivery === 'off' && <Alert type="error" showIcon className={styles.notice} title={t('auth.mailDisabled')} />}
        {delivery === 'log' && <Alert type="warning" showIcon className={styles.notice} title={t('auth.mailOff')} />}
        <ForgotPasswordForm />
        <p className={styles.switch}>
          <Link to="/sign-in">{t('auth.forgot.back')}</Link>
        </p>
      </div>
    </div>
  );
}

import type { SessionUser } from '@shsw/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import styles from './email.module.css';

/**
 * Under the header while the address needs the person: not verified yet (mail alerts wait) or
 * undeliverable (nothing reaches them). Not on the settings page itself, which says it in full.
 */
export function EmailBanner({ user }: { user: SessionUser | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (!user || pathname === '/me/account') return null;
  if (user.email !== 'unverified' && user.email !== 'undeliverable') return null;
  return (
    <Alert
      type={user.email === 'undeliverable' ? 'error' : 'info'}
      showIcon
      className={styles.banner}
      data-testid="email-banner"
      title={t(`email.banner.${user.email}`, { email: user.login })}
      action={<Link to="/me/account">{t('email.banner.fix')}</Link>}
    />
  );
}

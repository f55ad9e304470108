import {
  EyeOutlined,
  LockOutlined,
  LogoutOutlined,
  MailOutlined,
  SafetyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { SessionUser } from '@shsw/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { useAccountActions } from '../hooks/use-account-actions';
import styles from './account-panel.module.css';

/** The account section of the phone menu: who is signed in and the same actions as the header dropdown. */
export function AccountPanel({ user, onNavigate }: { user: SessionUser | null; onNavigate: () => void }) {
  const { t } = useTranslation();
  const actions = useAccountActions(onNavigate);
  if (!user) {
    return (
      <div className={styles.signedOut}>
        <ButtonLink to="/sign-in" type="primary" block onClick={onNavigate}>
          {t('account.signIn')}
        </ButtonLink>
        <ButtonLink to="/sign-up" block onClick={onNavigate}>
          {t('account.signUp')}
        </ButtonLink>
      </div>
    );
  }
  return (
    <section
      className={styles.panel}
      aria-label={t('account.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}
    >
      <p className={styles.who}>
        <UserOutlined aria-hidden />{' '}
        {t('account.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) })}
      </p>
      <ul className={styles.links}>
        {user.role === 'worker' && (
          <li>
            <Link to="/me/views" onClick={onNavigate}>
              <EyeOutlined aria-hidden /> {t('account.views')}
            </Link>
          </li>
        )}
        <li>
          <Link to="/me/account" onClick={onNavigate}>
            <MailOutlined aria-hidden /> {t('account.email')}
          </Link>
        </li>
        <li>
          <Link to="/me/privacy" onClick={onNavigate}>
            <SafetyOutlined aria-hidden /> {t('account.privacy')}
          </Link>
        </li>
        <li>
          <Button type="link" onClick={actions.openChangePassword} icon={<LockOutlined aria-hidden />}>
            {t('account.changePassword')}
          </Button>
        </li>
        <li>
          <Button
            type="link"
            danger
            onClick={actions.signOut}
            loading={actions.signingOut}
            icon={<LogoutOutlined aria-hidden />}
          >
            {t('account.signOut')}
          </Button>
        </li>
      </ul>
      {actions.dialog}
    </section>
  );
}

import { MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { AccountPanel } from '../../features/auth/components/account-panel';
import { useSession } from '../../lib/session';
import { navEntriesFor } from '../navigation';
import styles from './app-header.module.css';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

// Only signed-in people need the account dropdown (and its menu component): it loads when they do.
const AccountMenu = lazy(async () => ({
  default: (await import('../../features/auth/components/account-menu')).AccountMenu,
}));
// The bell brings the realtime client with it; it too loads only for signed-in people.
const NotificationBell = lazy(async () => ({
  default: (await import('../../features/notifications/components/notification-bell')).NotificationBell,
}));

// The messages badge brings its own realtime stream; only workers and organisation members load it.
const MessagesBadge = lazy(async () => ({
  default: (await import('../../features/conversations/components/messages-badge')).MessagesBadge,
}));

export function AppHeader() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const { user, isPending } = useSession();
  const entries = navEntriesFor(user?.role ?? null);
  const closeMenu = () => setMenuOpen(false);
  return (
    <Layout.Header className={styles.header}>
      <div className={styles.inner}>
        <Link to="/" className={styles.brand} title={t('app.homeLink')}>
          <img src="/favicon.svg" alt="" width={32} height={32} className={styles.logo} />
          <span className={styles.nameFull}>{t('app.name')}</span>
          <span className={styles.nameShort}>{t('app.shortName')}</span>
        </Link>
        <div className={styles.desktopNav}>
          <MainNav entries={entries} orientation="horizontal" />
        </div>
        <div className={styles.actions}>
          <LanguageSwitch />
          {(user?.role === 'worker' || user?.role === 'org') && (
            <Suspense fallback={null}>
              <MessagesBadge key={user.id} side={user.role === 'worker' ? 'worker' : 'organisation'} />
            </Suspense>
          )}
          {user && (
            <Suspense fallback={null}>
              {/* One bell (and one realtime connection) per account: a new sign-in starts afresh. */}
              <NotificationBell key={user.id} />
            </Suspense>
          )}
          {!isPending && (
            <div className={styles.account}>
              {user ? (
                <Suspense fallback={<Button icon={<UserOutlined aria-hidden />}>{user.displayName}</Button>}>
                  <AccountMenu user={user} />
                </Suspense>
              ) : (
                <>
                  <ButtonLink to="/sign-in" type="primary">
                    {t('account.signIn')}
                  </ButtonLink>
                  <ButtonLink to="/sign-up">{t('account.signUp')}</ButtonLink>
                </>
              )}
            </div>
          )}
          <Button
            className={styles.menuButton}
            icon={<MenuOutlined aria-hidden />}
            aria-label={t('nav.openMenu')}
            aria-expanded={menuOpen}
            aria-controls="mobile-nav"
            onClick={() => setMenuOpen(true)}
          />
        </div>
      </div>
      <Drawer
        id="mobile-nav"
        title={t('nav.menuTitle')}
        placement="right"
        size={280}
        open={menuOpen}
        onClose={closeMenu}
      >
        <MainNav entries={entries} orientation="vertical" onNavigate={closeMenu} />
        {!isPending && <AccountPanel user={user} onNavigate={closeMenu} />}
      </Drawer>
    </Layout.Header>
  );
}

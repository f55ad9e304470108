import { Layout } from 'antd';
import { type MouseEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { EmailBanner } from '../../features/account-email/components/email-banner';
import { useSession } from '../../lib/session';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import styles from './app-layout.module.css';

const mainId = 'main-content';

function focusMain(event?: MouseEvent) {
  event?.preventDefault(); // a plain #hash jump would go through the router as a navigation
  document.getElementById(mainId)?.focus();
}

/** Moves focus to the new page after client-side navigation, as a full page load would. */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    document.getElementById(mainId)?.focus({ preventScroll: true });
  }, [pathname]);
}

export function AppLayout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const { user } = useSession();
  useFocusOnNavigation();
  return (
    <Layout className={styles.shell}>
      <a href={`#${mainId}`} className={styles.skipLink} onClick={focusMain}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <Layout.Content id={mainId} tabIndex={-1} className={styles.main} aria-busy={navigation.state === 'loading'}>
        <EmailBanner user={user} />
        <Outlet />
      </Layout.Content>
      <AppFooter />
      <ScrollRestoration />
    </Layout>
  );
}

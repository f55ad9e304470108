import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Layout } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navItemsFor } from '../navigation';
import styles from './app-header.module.css';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

export function AppHeader() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  // Anonymous until the accounts feature supplies the signed-in role.
  const items = navItemsFor(null);
  return (
    <Layout.Header className={styles.header}>
      <div className={styles.inner}>
        <Link to="/" className={styles.brand} aria-label={t('app.homeLink')}>
          <img src="/favicon.svg" alt="" width={32} height={32} className={styles.logo} />
          <span className={styles.nameFull}>{t('app.name')}</span>
          <span className={styles.nameShort}>{t('app.shortName')}</span>
        </Link>
        <div className={styles.desktopNav}>
          <MainNav items={items} orientation="horizontal" />
        </div>
        <div className={styles.actions}>
          <LanguageSwitch />
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
        onClose={() => setMenuOpen(false)}
      >
        <MainNav items={items} orientation="vertical" onNavigate={() => setMenuOpen(false)} />
      </Drawer>
    </Layout.Header>
  );
}

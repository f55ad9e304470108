import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './app-footer.module.css';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <Layout.Footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t('footer.planReference')}</p>
        <p>{t('footer.dataAttribution')}</p>
        <p>{t('footer.copyright', { year: new Date().getFullYear() })}</p>
      </div>
    </Layout.Footer>
  );
}

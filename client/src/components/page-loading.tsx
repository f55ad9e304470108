import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './page-loading.module.css';

/** Placeholder while a page's code or data loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className={styles.loading} role="status">
      <Spin description={t('app.loading')} />
    </div>
  );
}

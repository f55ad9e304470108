import { AppstoreOutlined, ArrowLeftOutlined, HomeOutlined } from '@ant-design/icons';
import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageTitle } from '../../components/page-title';
import styles from './not-found.module.css';

/** Says what went wrong and offers ways on, instead of a dead end. */
export function NotFoundRoute() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  // React Router numbers its history entries; 0 means this page was opened directly.
  const canGoBack = (window.history.state as { idx?: number } | null)?.idx !== 0;
  return (
    <Result
      status="404"
      className={styles.result}
      title={<PageTitle documentTitle={t('notFound.documentTitle')}>{t('notFound.title')}</PageTitle>}
      subTitle={
        <Typography.Paragraph className={styles.description}>
          {t('notFound.description', { path: pathname + search })}
        </Typography.Paragraph>
      }
      extra={
        <div className={styles.actions}>
          <ButtonLink to="/" type="primary" icon={<HomeOutlined aria-hidden />}>
            {t('notFound.goHome')}
          </ButtonLink>
          <ButtonLink to="/#domains" icon={<AppstoreOutlined aria-hidden />}>
            {t('notFound.browseDomains')}
          </ButtonLink>
          {canGoBack && (
            <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(-1)}>
              {t('notFound.goBack')}
            </Button>
          )}
        </div>
      }
    />
  );
}

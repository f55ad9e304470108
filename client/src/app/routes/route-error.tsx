import { Button, Result } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageTitle } from '../../components/page-title';

/** Shown when a page throws or its code fails to load (often a deploy replaced the old chunks). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <Result
      status="error"
      title={<PageTitle documentTitle={t('routeError.title')}>{t('routeError.title')}</PageTitle>}
      subTitle={t('routeError.description')}
      extra={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>,
        <ButtonLink key="home" to="/">
          {t('routeError.goHome')}
        </ButtonLink>,
      ]}
    />
  );
}

import type { Role } from '@shsw/shared';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageLoading } from '../../components/page-loading';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../lib/session';

/**
 * Pages for signed-in people: a signed-out visitor goes to sign in and comes back here after
 * (`/sign-in?next=…`); someone signed in with another role is told whose page it is.
 * `roles` left out means any signed-in account.
 */
export function RequireRole({ roles }: { roles?: readonly Role[] }) {
  const { t } = useTranslation();
  const { user, isPending, isError } = useSession();
  const location = useLocation();
  if (isPending) return <PageLoading />;
  if (isError && !user) {
    return (
      <Result
        status="warning"
        title={<PageTitle documentTitle={t('guard.sessionFailed')}>{t('guard.sessionFailed')}</PageTitle>}
        subTitle={t('errors.network_error')}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (!user) {
    const next = location.pathname + location.search + location.hash;
    return <Navigate to={`/sign-in?${new URLSearchParams({ next })}`} replace />;
  }
  if (roles && !roles.includes(user.role)) {
    const names = roles.map((role) => t(`roles.${role}`)).join(t('errors.listSeparator'));
    return (
      <Result
        status="403"
        title={<PageTitle documentTitle={t('guard.forbiddenTitle')}>{t('guard.forbiddenTitle')}</PageTitle>}
        subTitle={t('guard.forbiddenDescription', { roles: names, role: t(`roles.${user.role}`) })}
        extra={
          <ButtonLink to="/" type="primary">
            {t('guard.goHome')}
          </ButtonLink>
        }
      />
    );
  }
  return <Outlet />;
}

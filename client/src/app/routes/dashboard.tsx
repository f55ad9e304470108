import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { RoleHome } from '../../features/dashboard/components/role-home';
import { useSession } from '../../lib/session';

/** 工作台: the signed-in person's role home (the route guard sends others to sign in first). */
export function DashboardRoute() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <>
      <PageTitle documentTitle={t('dashboard.title')}>{t('dashboard.title')}</PageTitle>
      {user && <RoleHome user={user} />}
    </>
  );
}

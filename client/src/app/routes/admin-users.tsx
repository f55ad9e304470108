import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { UsersList } from '../../features/admin-users/components/users-list';

export function AdminUsersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('admin.users.title')} intro={t('admin.users.intro')} />
      <UsersList />
    </>
  );
}

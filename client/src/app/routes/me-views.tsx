import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { ProfileViewsList } from '../../features/profile/components/profile-views-list';

export function MeViewsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('profile.views.title')} intro={t('profile.views.intro')} />
      <ProfileViewsList />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { ProfileOverview } from '../../features/profile/components/profile-overview';

/** `/me/profile`: the record's overview; each section opens as a step of its own. */
export function MeProfileRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('profile.title')} intro={t('profile.intro')} />
      <ProfileOverview />
    </>
  );
}

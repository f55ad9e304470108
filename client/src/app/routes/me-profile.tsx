import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { ProfileEditor } from '../../features/profile/components/profile-editor';

export function MeProfileRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('profile.title')} intro={t('profile.intro')} />
      <ProfileEditor />
    </>
  );
}

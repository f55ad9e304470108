import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { sectionOfSlug } from '../../features/profile/components/profile-sections';
import { ProfileStep } from '../../features/profile/components/profile-step';

/** `/me/profile/:section`: one section of the record as a step; an unknown one goes to the overview. */
export function MeProfileSectionRoute() {
  const { t } = useTranslation();
  const section = sectionOfSlug(useParams().section);
  if (!section) return <Navigate to="/me/profile" replace />;
  return (
    <>
      <PageHeading title={t('profile.title')} />
      <ProfileStep section={section} />
    </>
  );
}

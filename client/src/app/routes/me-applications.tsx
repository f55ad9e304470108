import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { MyApplications } from '../../features/applications/components/my-applications';

export function MeApplicationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('applications.mine.title')} intro={t('applications.mine.intro')} />
      <MyApplications />
    </>
  );
}

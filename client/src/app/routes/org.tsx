import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { OrganisationPage } from '../../features/organisations/components/organisation-page';

export function OrgRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('org.title')} intro={t('org.intro')} />
      <OrganisationPage />
    </>
  );
}

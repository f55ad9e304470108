import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { VerificationQueue } from '../../features/org-verification/components/verification-queue';

export function BureauOrganisationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureau.orgs.title')} intro={t('bureau.orgs.intro')} />
      <VerificationQueue />
    </>
  );
}

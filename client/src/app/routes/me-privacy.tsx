import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { PrivacyPage } from '../../features/privacy/components/privacy-page';

export function MePrivacyRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('privacy.title')} intro={t('privacy.intro')} />
      <PrivacyPage />
    </>
  );
}

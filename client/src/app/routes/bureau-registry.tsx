import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { RegistryImportPage } from '../../features/registry-import/components/registry-import-page';

export function BureauRegistryRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureau.registry.title')} intro={t('bureau.registry.intro')} />
      <RegistryImportPage />
    </>
  );
}

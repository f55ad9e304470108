import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { DenominatorsEditor } from '../../features/indicators/components/denominators-editor';

export function BureauIndicatorsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureauReports.denominators.title')} intro={t('bureauReports.denominators.intro')} />
      <DenominatorsEditor />
    </>
  );
}

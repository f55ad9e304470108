import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { BureauReportDesk } from '../../features/reports/components/bureau-report-desk';

export function BureauReportsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('bureauReports.page.title')} intro={t('bureauReports.page.intro')} />
      <BureauReportDesk />
    </>
  );
}

import { ReportPrint } from '../../features/reports/components/report-print';
import { PublishedReport } from './report-result';

/** `/reports/:periodId/print[?version=n]`, public and outside the site's frame: the report for paper. */
export function ReportPrintRoute() {
  return <PublishedReport>{(report) => <ReportPrint report={report} />}</PublishedReport>;
}

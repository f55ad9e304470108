import { ReportPage } from '../../features/reports/components/report-page';
import { PublishedReport } from './report-result';

/** `/reports/:periodId[?version=n]`, public: one published report. */
export function ReportRoute() {
  return <PublishedReport>{(report) => <ReportPage report={report} />}</PublishedReport>;
}

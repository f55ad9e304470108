import { PrinterOutlined } from '@ant-design/icons';
import type { Report } from '@shsw/shared';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { MethodologySection } from './methodology-section';
import { usePeriodLabel } from './report-format';
import { ReportMeta, ReportTags } from './report-meta';
import styles from './report-print.module.css';
import { ReportView } from './report-view';
import { VersionsList } from './versions-list';

/** The report on paper: no site header or navigation, A4 margins, charts at print width, tables kept whole where they fit. */
export function ReportPrint({ report }: { report: Report }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const title = t('reports.page.title', { period: periodLabel(report.periodId) });
  const pageUrl = `${window.location.origin}/reports/${report.periodId}?version=${report.version}`;
  return (
    <div className={styles.sheet}>
      <div className={styles.toolbar}>
        <Link to={`/reports/${report.periodId}?version=${report.version}`}>{t('reports.print.back')}</Link>
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('reports.print.print')}
        </Button>
      </div>
      <main className={styles.main}>
        <header className={styles.header}>
          <p className={styles.site}>{t('app.name')}</p>
          <PageTitle documentTitle={title}>{title}</PageTitle>
          <ReportTags preliminary={report.preliminary} version={report.version} />
          <ReportMeta report={report} />
          {report.revisionNote && <p>{t('reports.versions.note', { note: report.revisionNote })}</p>}
        </header>
        <ReportView figures={report.figures} />
        <MethodologySection methodology={report.methodology} />
        <VersionsList report={report} />
        <footer className={styles.footer}>{t('reports.print.source', { url: pageUrl })}</footer>
      </main>
    </div>
  );
}

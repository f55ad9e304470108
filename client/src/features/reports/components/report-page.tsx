import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import type { Report } from '@shsw/shared';
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { PageTitle } from '../../../components/page-title';
import { exportHref } from '../api/get-report';
import { MethodologySection } from './methodology-section';
import { BackToTop, ReportContents } from './report-contents';
import { usePeriodLabel } from './report-format';
import { ReportMeta, ReportTags } from './report-meta';
import styles from './report-page.module.css';
import { ReportView } from './report-view';
import { VersionsList } from './versions-list';

const versionPath = (periodId: string, version: number | null) =>
  `/reports/${periodId}${version === null ? '' : `?version=${version}`}`;

/** A published report as the public reads it: figures, charts, tables, downloads, methodology and versions. */
export function ReportPage({ report }: { report: Report }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const period = periodLabel(report.periodId);
  const latest = Math.max(...report.versions.map((v) => v.version));
  const title = t('reports.page.title', { period });
  return (
    <article className={styles.page}>
      <nav aria-label={t('reports.page.breadcrumb')} className={styles.breadcrumb}>
        <Link to="/reports">{t('reports.list.title')}</Link>
      </nav>
      <header className={styles.header}>
        <PageTitle documentTitle={title}>{title}</PageTitle>
        <ReportTags preliminary={report.preliminary} version={report.version} />
        <ReportMeta report={report} />
      </header>
      {report.version < latest && (
        <Alert
          type="warning"
          showIcon
          title={t('reports.page.olderVersion', { version: report.version, latest })}
          action={<Link to={versionPath(report.periodId, null)}>{t('reports.page.openLatest')}</Link>}
        />
      )}
      {report.preliminary && <Alert type="info" showIcon title={t('reports.page.preliminaryNote')} />}
      {report.revisionNote && (
        <Alert type="info" showIcon title={t('reports.versions.note', { note: report.revisionNote })} />
      )}
      <section aria-labelledby="report-downloads-title" className={styles.downloads}>
        <h2 id="report-downloads-title" className="visually-hidden">
          {t('reports.downloads.title')}
        </h2>
        <Button
          href={exportHref(report.periodId, 'xlsx', report.version)}
          download
          icon={<DownloadOutlined aria-hidden />}
          data-testid="download-xlsx"
        >
          {t('reports.downloads.xlsx')}
        </Button>
        <Button
          href={exportHref(report.periodId, 'csv', report.version)}
          download
          icon={<DownloadOutlined aria-hidden />}
          data-testid="download-csv"
        >
          {t('reports.downloads.csv')}
        </Button>
        <ButtonLink
          to={`/reports/${report.periodId}/print?version=${report.version}`}
          icon={<PrinterOutlined aria-hidden />}
        >
          {t('reports.downloads.print')}
        </ButtonLink>
      </section>
      <div className={styles.layout}>
        <ReportContents figures={report.figures} />
        <div className={styles.body}>
          <ReportView figures={report.figures} />
          <MethodologySection methodology={report.methodology} />
          <VersionsList report={report} linkTo={(version) => versionPath(report.periodId, version)} />
          <BackToTop />
        </div>
      </div>
    </article>
  );
}

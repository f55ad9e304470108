import { BarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { useReports } from '../api/get-reports';
import styles from './latest-report-teaser.module.css';
import { usePeriodLabel } from './report-format';
import { ReportTags } from './report-meta';
import { SummaryFigures } from './report-summary-figures';

/** The latest published report's demand, supply and 求人倍率 on the home page; nothing until one is published. */
export function LatestReportTeaser() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const reports = useReports();
  const latest = reports.data?.items[0];
  if (!latest) return null;
  return (
    <section className={styles.teaser} aria-labelledby="latest-report-title" data-testid="latest-report">
      <div className={styles.head}>
        <BarChartOutlined aria-hidden className={styles.icon} />
        <h2 id="latest-report-title" className={styles.title}>
          {t('reports.teaser.title', { period: periodLabel(latest.periodId) })}
        </h2>
        <ReportTags preliminary={latest.preliminary} version={latest.version} />
      </div>
      <p className={styles.published}>{t('reports.list.publishedOn', { date: formatDate(latest.publishedAt) })}</p>
      <SummaryFigures demand={latest.demand} supply={latest.supply} ratio={latest.ratio} />
      <p className={styles.links}>
        <Link to={`/reports/${latest.periodId}`}>{t('reports.teaser.open')}</Link>
        <Link to="/reports">{t('reports.teaser.all')}</Link>
        <Link to="/indicators">{t('reports.teaser.indicators')}</Link>
      </p>
    </section>
  );
}

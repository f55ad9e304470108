import type { reportSummarySchema } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { EmptyState } from '../../../components/empty-state';
import { formatDate } from '../../../lib/format';
import { usePeriodLabel } from './report-format';
import styles from './report-list.module.css';
import { ReportTags } from './report-meta';
import { SummaryFigures } from './report-summary-figures';

export type ReportSummary = z.infer<typeof reportSummarySchema>;

/** Published reports, newest period first: each with its headline triple and whether it is preliminary. */
export function ReportList({ items }: { items: readonly ReportSummary[] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  if (items.length === 0) return <EmptyState description={t('reports.list.empty')} />;
  return (
    <ul className={styles.list} data-testid="report-list">
      {items.map((item) => (
        <li key={item.periodId} className={styles.item}>
          <article aria-labelledby={`report-${item.periodId}`}>
            <div className={styles.itemHead}>
              <h3 id={`report-${item.periodId}`} className={styles.itemTitle}>
                <Link to={`/reports/${item.periodId}`}>{periodLabel(item.periodId)}</Link>
              </h3>
              <span className={styles.kind}>{t(`reports.kind.${item.kind}`)}</span>
              <ReportTags preliminary={item.preliminary} version={item.version} />
            </div>
            <p className={styles.published}>{t('reports.list.publishedOn', { date: formatDate(item.publishedAt) })}</p>
            <SummaryFigures demand={item.demand} supply={item.supply} ratio={item.ratio} />
          </article>
        </li>
      ))}
    </ul>
  );
}

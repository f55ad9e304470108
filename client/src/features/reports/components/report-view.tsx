import type { ReportFigures } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { BreakdownTableView } from './breakdown-table';
import { FlagLegend } from './cell-value';
import { DemandSupplyChart } from './demand-supply-chart';
import { HeadlineTable } from './headline-table';
import { KeyFigures } from './key-figures';
import styles from './report-view.module.css';
import { SalaryChart } from './salary-chart';
import { SalaryTable } from './salary-table';
import { ShortageChart } from './shortage-chart';
import { ShortageTable } from './shortage-table';

/**
 * A report's figures — published or a draft — as key figures, charts and every table. The tables
 * are the charts' text alternative; the legend says what `<5`, `—` and `–` stand for.
 */
export function ReportView({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const domain = figures.tables.find((table) => table.dimension === 'domain');
  return (
    <div className={styles.view}>
      <KeyFigures headline={figures.headline} />
      <section aria-labelledby="report-charts-title" className={styles.section}>
        <h2 id="report-charts-title" className={styles.title}>
          {t('reports.charts.title')}
        </h2>
        <div className={styles.charts}>
          {domain && <DemandSupplyChart table={domain} />}
          <div className={styles.chartColumn}>
            <ShortageChart shortage={figures.shortage} />
            <SalaryChart figures={figures} />
          </div>
        </div>
      </section>
      <section aria-labelledby="report-tables-title" className={styles.section}>
        <h2 id="report-tables-title" className={styles.title}>
          {t('reports.tables.title')}
        </h2>
        <FlagLegend id="report-flag-legend" />
        <HeadlineTable headline={figures.headline} />
        <SalaryTable figures={figures} />
        {figures.tables.map((table) => (
          <BreakdownTableView key={table.dimension} table={table} />
        ))}
        <ShortageTable shortage={figures.shortage} />
      </section>
    </div>
  );
}

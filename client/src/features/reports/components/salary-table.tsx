import { headlineMeasureLabels, type ReportFigures } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../lib/format';
import { guidanceForYear, useGuidanceYears } from '../api/get-guidance-years';
import { CellValue, ChangeValue } from './cell-value';
import { useNumberFormat } from './report-format';
import styles from './report-table.module.css';
import { guidanceLevels, salaryPercentiles } from './salary-chart';
import { TableFrame } from './table-frame';
import { salaryTableId } from './table-ids';

/** The salary chart as text: offered percentiles with their change, and the guidance in force that year. */
export function SalaryTable({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useNumberFormat();
  const guidanceYears = useGuidanceYears();
  const guidance = guidanceYears.data
    ? guidanceForYear(guidanceYears.data.items, Number(figures.period.id.slice(0, 4)))
    : null;
  const h = figures.headline;
  return (
    <TableFrame
      id={salaryTableId}
      caption={t('reports.salary.tableTitle')}
      note={t('reports.salary.note')}
      compact
      testId="table-salary"
    >
      <thead>
        <tr>
          <th scope="col">{t('reports.columns.measure')}</th>
          <th scope="col">{t('reports.columns.current')}</th>
          <th scope="col">{t('reports.columns.mom')}</th>
          <th scope="col">{t('reports.columns.yoy')}</th>
        </tr>
      </thead>
      <tbody>
        {[...salaryPercentiles, 'salaryBelowGuidanceShare' as const, 'salaryMedianToGuidance' as const].map((m) => (
          <tr key={m}>
            <th scope="row">{label(headlineMeasureLabels[m])}</th>
            <td>
              <CellValue
                cell={h[m].current}
                style={
                  m === 'salaryMedianToGuidance' ? 'ratio' : m === 'salaryBelowGuidanceShare' ? 'percent' : 'count'
                }
              />
            </td>
            <td>
              <ChangeValue cell={h[m].mom} />
            </td>
            <td>
              <ChangeValue cell={h[m].yoy} />
            </td>
          </tr>
        ))}
        {guidance &&
          guidanceLevels.map((level, i) => {
            const band = guidance.byLevel[level];
            return (
              <tr key={level} className={i === 0 ? styles.groupStart : undefined}>
                <th scope="row">
                  {t('reports.salary.guidanceRow', { year: guidance.year, level: t(`salary.levels.${level}`) })}
                </th>
                <td colSpan={3} className={styles.text}>
                  {t('reports.salary.guidanceBand', {
                    low: format.number(band.low, 'count'),
                    median: format.number(band.median, 'count'),
                    high: format.number(band.high, 'count'),
                  })}
                </td>
              </tr>
            );
          })}
      </tbody>
    </TableFrame>
  );
}

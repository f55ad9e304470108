import { type BreakdownTable, breakdownDimensionLabels, type Cell, reportCategoryLabel } from '@shsw/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../lib/format';
import { useWideScreen } from '../../../lib/use-media-query';
import { type ChartOption, chartColors } from './echarts-setup';
import { ReportChart } from './report-chart';
import { useNumberFormat } from './report-format';
import { breakdownTableId } from './table-ids';

const size = (cell: Cell) => cell.value ?? (cell.flag === 'suppressed' ? 1 : 0);

/** Demand against supply for each service domain with any, largest demand first (horizontal bars fit phones). */
export function DemandSupplyChart({ table }: { table: BreakdownTable }) {
  const { t } = useTranslation();
  const label = useLabel();
  const format = useNumberFormat();
  const wide = useWideScreen();
  const rows = useMemo(
    () =>
      table.rows
        .filter((row) => size(row.demand) > 0 || size(row.supply) > 0)
        .sort((a, b) => size(b.demand) - size(a.demand) || size(b.supply) - size(a.supply)),
    [table],
  );
  const option = useMemo<ChartOption>(() => {
    const demand = t('reports.charts.demand');
    const supply = t('reports.charts.supply');
    return {
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      legend: { top: 0, data: [demand, supply] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => label(reportCategoryLabel(table.dimension, row.category))),
        axisLabel: { width: wide ? 170 : 96, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: demand,
          data: rows.map((row) => row.demand.value),
          itemStyle: { color: chartColors.demand },
          tooltip: {
            valueFormatter: (_v, i) => format.cell(rows[i ?? 0]?.demand ?? { value: null, flag: 'na' }, 'count'),
          },
        },
        {
          type: 'bar',
          name: supply,
          data: rows.map((row) => row.supply.value),
          itemStyle: { color: chartColors.supply },
          tooltip: {
            valueFormatter: (_v, i) => format.cell(rows[i ?? 0]?.supply ?? { value: null, flag: 'na' }, 'count'),
          },
        },
      ],
    };
  }, [rows, table.dimension, label, format, t, wide]);
  if (rows.length === 0) return null;
  const tableName = label(breakdownDimensionLabels[table.dimension]);
  return (
    <ReportChart
      title={t('reports.charts.demandSupplyTitle', { dimension: tableName })}
      option={option}
      height={rows.length * 34 + 60}
      testId="chart-demand-supply"
      textAlternative={
        <>
          {t('reports.charts.seeTable')}{' '}
          <a href={`#${breakdownTableId(table.dimension)}`}>
            {t('reports.tables.byDimension', { dimension: tableName })}
          </a>
        </>
      }
    />
  );
}

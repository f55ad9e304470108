import type { GuidanceLevel, ReportFigures } from '@shsw/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '../../../lib/use-media-query';
import { guidanceForYear, useGuidanceYears } from '../api/get-guidance-years';
import { type ChartOption, chartColors } from './echarts-setup';
import { ReportChart } from './report-chart';
import { useNumberFormat } from './report-format';
import { salaryTableId } from './table-ids';

export const salaryPercentiles = ['salaryP10', 'salaryP25', 'salaryP50', 'salaryP75', 'salaryP90'] as const;
export const guidanceLevels = [
  'none',
  'assistant',
  'social_worker',
  'senior',
] as const satisfies readonly GuidanceLevel[];

/**
 * Offered monthly salary percentiles of the period's open positions, with the medians of the
 * salary guidance in force that year (one line per certificate level) drawn across them.
 */
export function SalaryChart({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  const wide = useWideScreen();
  const guidanceYears = useGuidanceYears();
  const year = Number(figures.period.id.slice(0, 4));
  const guidance = guidanceYears.data ? guidanceForYear(guidanceYears.data.items, year) : null;
  const cells = salaryPercentiles.map((m) => figures.headline[m].current);
  const option = useMemo<ChartOption>(() => {
    const salary = t('reports.charts.salary');
    const medians = guidance ? guidanceLevels.map((level) => ({ level, median: guidance.byLevel[level].median })) : [];
    const highest = Math.max(0, ...cells.map((c) => c.value ?? 0), ...medians.map((m) => m.median));
    return {
      // Guidance labels sit right of the plot, clear of the bars.
      grid: { left: 8, right: medians.length > 0 ? (wide ? 150 : 112) : 16, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0, data: [salary] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: salaryPercentiles.map((m) => t(`reports.salary.${m}`)) },
      // Room above the highest guidance line; its own label would crowd the last tick.
      yAxis: {
        type: 'value',
        max: Math.ceil((highest * 1.08) / 1000) * 1000 || undefined,
        axisLabel: { showMaxLabel: false },
      },
      series: [
        {
          type: 'bar',
          name: salary,
          data: cells.map((c) => c.value),
          barMaxWidth: 56,
          itemStyle: { color: chartColors.demand },
          tooltip: { valueFormatter: (_v, i) => format.cell(cells[i ?? 0] ?? { value: null, flag: 'na' }, 'count') },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: chartColors.guidance, type: 'dashed' },
            label: { position: 'end', color: chartColors.guidance, fontSize: 11 },
            data: medians.map(({ level, median }) => ({
              yAxis: median,
              name: t(`salary.levels.${level}`),
              label: {
                formatter: t('reports.salary.guidanceLine', {
                  level: t(`reports.salary.levels.${level}`),
                  amount: format.number(median, 'count'),
                }),
              },
            })),
          },
        },
      ],
    };
  }, [cells, guidance, format, t, wide]);
  if (cells.every((c) => c.value === null)) return null;
  return (
    <ReportChart
      title={
        guidance ? t('reports.charts.salaryTitle', { year: guidance.year }) : t('reports.charts.salaryTitleNoGuidance')
      }
      option={option}
      height={300}
      testId="chart-salary"
      textAlternative={
        <>
          {t('reports.charts.seeTable')} <a href={`#${salaryTableId}`}>{t('reports.salary.tableTitle')}</a>
        </>
      }
    />
  );
}

import { districts, type ReportFigures, serviceDomains } from '@shsw/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabularyLabel } from '../../../lib/format';
import { useWideScreen } from '../../../lib/use-media-query';
import { type ChartOption, chartColors } from './echarts-setup';
import { ReportChart } from './report-chart';
import { useNumberFormat } from './report-format';
import { shortageTableId } from './table-ids';

/** How many of the ranking's cells the chart draws; the table lists them all. */
export const shortageChartSize = 10;

/** The domain × district cells with the highest 求人倍率, against the balance line R = 1. */
export function ShortageChart({ shortage }: { shortage: ReportFigures['shortage'] }) {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const format = useNumberFormat();
  const wide = useWideScreen();
  const cells = useMemo(() => shortage.filter((c) => c.ratio.value !== null).slice(0, shortageChartSize), [shortage]);
  const option = useMemo<ChartOption>(() => {
    const ratio = t('reports.charts.ratio');
    return {
      grid: { left: 8, right: 40, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0, data: [ratio] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value' },
      yAxis: {
        type: 'category',
        inverse: true,
        // On phones the district goes on a line of its own, so truncating a long domain name never hides it.
        data: cells.map((c) => {
          const domain = vocabulary(serviceDomains, c.domain);
          const district = vocabulary(districts, c.district);
          return wide ? t('reports.shortage.cell', { domain, district }) : `${district}\n${domain}`;
        }),
        axisLabel: { width: wide ? 220 : 110, overflow: 'truncate', lineHeight: 14 },
      },
      series: [
        {
          type: 'bar',
          name: ratio,
          data: cells.map((c) => c.ratio.value),
          itemStyle: { color: chartColors.ratio },
          label: { show: true, position: 'right', formatter: ({ value }) => format.number(Number(value), 'ratio') },
          tooltip: { valueFormatter: (value) => format.number(Number(value), 'ratio') },
          markLine: {
            symbol: 'none',
            silent: true,
            lineStyle: { color: '#434a54', type: 'dashed' },
            label: { formatter: t('reports.charts.balance'), position: 'end' },
            data: [{ xAxis: 1 }],
          },
        },
      ],
    };
  }, [cells, vocabulary, format, t, wide]);
  if (cells.length === 0) return null;
  return (
    <ReportChart
      title={t('reports.charts.shortageTitle', { count: cells.length })}
      option={option}
      height={cells.length * (wide ? 32 : 40) + 60}
      testId="chart-shortage"
      textAlternative={
        <>
          {t('reports.charts.seeTable')} <a href={`#${shortageTableId}`}>{t('reports.shortage.title')}</a>
        </>
      }
    />
  );
}

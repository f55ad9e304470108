import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the report's bar charts use, so the chart chunk stays small; SVG prints sharply.
use([BarChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | MarkLineComponentOption | TooltipComponentOption
>;

export { init as initChart } from 'echarts/core';

/** Chart colours with at least 3:1 against white (WCAG 1.4.11), told apart by the legend too. */
export const chartColors = { demand: '#1d5fa6', supply: '#c15d00', ratio: '#2e7d32', guidance: '#6b3fa0' } as const;

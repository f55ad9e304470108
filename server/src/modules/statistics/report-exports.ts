import {
  breakdownDimensionLabels,
  type Cell,
  districts,
  headlineMeasureLabels,
  headlineMeasures,
  type Report,
  reportCategoryLabel,
  serviceDomains,
} from '@shsw/shared';
import ExcelJS from 'exceljs';
import { parsePeriod, periodLabel } from './compute/index.js';

/**
 * Downloads of a published report: a workbook (one sheet per table and a metadata sheet) and a
 * long-format CSV. Both carry the published cells exactly: a number, or the marker of why there
 * is none — never a zero for a suppressed cell.
 */

/** What a cell without a value shows in the workbook. */
export const cellMarkers = { suppressed: '<5', secondary: 'x', not_shown: '—', na: '' } as const;

const cellValue = (c: Cell): number | string => (c.value !== null ? c.value : cellMarkers[c.flag ?? 'na']);

const domainLabel = new Map(serviceDomains.map((d) => [d.code as string, d.label]));
const districtLabel = new Map(districts.map((d) => [d.code, d.label]));

/** A table's share, 环比 and 同比 are of the side it describes (demand in two-sided tables); the headers say which. */
export const sideColumnLabels = {
  demand: { share: '需求占比 % demand share', mom: '需求环比 % demand MoM', yoy: '需求同比 % demand YoY' },
  supply: { share: '求职占比 % supply share', mom: '求职环比 % supply MoM', yoy: '求职同比 % supply YoY' },
} as const;

export const HEADLINE_SHEET = '主要指标 Headline';
export const SHORTAGE_SHEET = '紧缺排名 Shortage';
export const ABOUT_SHEET = '说明 About';
/** A table's sheet: its Chinese name and dimension code (Excel allows 31 characters). */
export const tableSheetName = (dimension: keyof typeof breakdownDimensionLabels) =>
  `${breakdownDimensionLabels[dimension].zh.replace(/[*?:\\/[\]]/g, '').replace(/\s+/g, '')} ${dimension}`.slice(0, 31);

export async function reportWorkbook(report: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '上海社会工作人才供需平台 Shanghai social-work talent platform';
  wb.created = new Date(report.publishedAt);
  const f = report.figures;
  const label = periodLabel(parsePeriod(report.periodId));

  const about = wb.addWorksheet(ABOUT_SHEET);
  about.columns = [
    { header: '项目 Item', key: 'k', width: 34 },
    { header: '内容 Value', key: 'v', width: 100 },
  ];
  const meta: [string, string | number | boolean][] = [
    [
      '报告 Report',
      `上海社会工作人才供需报告 ${label.zh} / Shanghai social-work talent supply and demand, ${label.en}`,
    ],
    ['统计期 Period', report.periodId],
    ['类型 Kind', f.period.kind],
    ['起止 From–to', `${f.period.start} – ${f.period.end}`],
    ['版本 Version', report.version],
    ['发布时间 Published', report.publishedAt],
    ['数据截至 Data as of', f.asOf],
    ['初步 Preliminary', report.preliminary],
    ['修订说明 Revision note', report.revisionNote ?? ''],
    ['"<5"', '少于 5 人，不予公布 / fewer than 5 people, suppressed'],
    [
      '"x"',
      '二次隐藏：为防止由合计推算出少于 5 人的单元格而隐藏 / secondary suppression: hidden so that a "<5" cell cannot be worked out from the totals',
    ],
    ['"—"', '求职人数少于 20，不公布求人倍率 / ratio not shown, supply under 20'],
    ['方法说明', report.methodology.zh],
    ['Methodology', report.methodology.en],
  ];
  for (const [k, v] of meta) about.addRow({ k, v });
  about.getColumn('v').alignment = { wrapText: true, vertical: 'top' };

  const headline = wb.addWorksheet(HEADLINE_SHEET);
  headline.columns = [
    { header: 'measure', key: 'measure', width: 26 },
    { header: '指标', key: 'zh', width: 28 },
    { header: 'Measure', key: 'en', width: 34 },
    { header: '本期 current', key: 'current', width: 14 },
    { header: '上期 previous', key: 'previous', width: 14 },
    { header: '上年同期 year ago', key: 'yearAgo', width: 16 },
    { header: '环比 % MoM', key: 'mom', width: 12 },
    { header: '同比 % YoY', key: 'yoy', width: 12 },
  ];
  for (const m of headlineMeasures) {
    const h = f.headline[m];
    headline.addRow({
      measure: m,
      zh: headlineMeasureLabels[m].zh,
      en: headlineMeasureLabels[m].en,
      current: cellValue(h.current),
      previous: cellValue(h.previous),
      yearAgo: cellValue(h.yearAgo),
      mom: cellValue(h.mom),
      yoy: cellValue(h.yoy),
    });
  }

  for (const table of f.tables) {
    const sheet = wb.addWorksheet(tableSheetName(table.dimension));
    const of = sideColumnLabels[table.side === 'supply' ? 'supply' : 'demand'];
    sheet.columns = [
      { header: 'category', key: 'category', width: 22 },
      { header: '名称', key: 'zh', width: 24 },
      { header: 'Name', key: 'en', width: 30 },
      { header: '需求人数 demand', key: 'demand', width: 16 },
      { header: '求职人数 supply', key: 'supply', width: 16 },
      { header: '求人倍率 ratio', key: 'ratio', width: 14 },
      { header: of.share, key: 'share', width: 18 },
      { header: of.mom, key: 'mom', width: 18 },
      { header: of.yoy, key: 'yoy', width: 18 },
    ];
    for (const row of [...table.rows, table.total]) {
      const name = reportCategoryLabel(table.dimension, row.category);
      sheet.addRow({
        category: row.category,
        zh: name.zh,
        en: name.en,
        demand: cellValue(row.demand),
        supply: cellValue(row.supply),
        ratio: cellValue(row.ratio),
        share: cellValue(row.share),
        mom: cellValue(row.mom),
        yoy: cellValue(row.yoy),
      });
    }
  }

  const shortage = wb.addWorksheet(SHORTAGE_SHEET);
  shortage.columns = [
    { header: 'rank', key: 'rank', width: 6 },
    { header: 'domain', key: 'domain', width: 22 },
    { header: '服务领域', key: 'domainZh', width: 16 },
    { header: 'district', key: 'district', width: 10 },
    { header: '区', key: 'districtZh', width: 10 },
    { header: '需求人数 demand', key: 'demand', width: 16 },
    { header: '求职人数 supply', key: 'supply', width: 16 },
    { header: '求人倍率 ratio', key: 'ratio', width: 14 },
  ];
  f.shortage.forEach((c, i) => {
    shortage.addRow({
      rank: i + 1,
      domain: c.domain,
      domainZh: domainLabel.get(c.domain)?.zh ?? c.domain,
      district: c.district,
      districtZh: districtLabel.get(c.district)?.zh ?? c.district,
      demand: cellValue(c.demand),
      supply: cellValue(c.supply),
      ratio: cellValue(c.ratio),
    });
  });

  for (const ws of wb.worksheets) {
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const csvColumns = ['period', 'dimension', 'category', 'measure', 'value', 'flag', 'version'] as const;

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Long format: one row per published cell. */
export function reportCsv(report: Report): string {
  const f = report.figures;
  const lines: string[] = [csvColumns.join(',')];
  const push = (dimension: string, category: string, measure: string, c: Cell) =>
    lines.push(
      [report.periodId, dimension, category, measure, c.value ?? '', c.flag ?? '', report.version]
        .map(csvField)
        .join(','),
    );
  for (const m of headlineMeasures) {
    const h = f.headline[m];
    push('headline', 'total', m, h.current);
    push('headline', 'total', `${m}_mom`, h.mom);
    push('headline', 'total', `${m}_yoy`, h.yoy);
  }
  for (const t of f.tables) {
    // Share and changes are named by the side they are of: demand_share, demand_mom, supply_share, …
    const of = t.side === 'supply' ? 'supply' : 'demand';
    for (const row of [...t.rows, t.total])
      for (const measure of ['demand', 'supply', 'ratio', 'share', 'mom', 'yoy'] as const)
        push(
          t.dimension,
          row.category,
          measure === 'share' || measure === 'mom' || measure === 'yoy' ? `${of}_${measure}` : measure,
          row[measure],
        );
  }
  f.shortage.forEach((c, i) => {
    const category = `${c.domain}|${c.district}`;
    push('shortage', category, 'rank', { value: i + 1, flag: null });
    push('shortage', category, 'demand', c.demand);
    push('shortage', category, 'supply', c.supply);
    push('shortage', category, 'ratio', c.ratio);
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** `shsw-report-2026-Q3-v2.xlsx` */
export const exportFileName = (report: Report, ext: 'xlsx' | 'csv') =>
  `shsw-report-${report.periodId}-v${report.version}.${ext}`;

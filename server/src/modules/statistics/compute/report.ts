import {
  type BreakdownDimension,
  type BreakdownRow,
  type BreakdownTable,
  breakdownDimensions,
  type Cell,
  districtCodes,
  type HeadlineMeasure,
  headlineMeasures,
  type ReportFigures,
  serviceDomainCodes,
} from '@shsw/shared';
import type { StatisticsFacts } from '../facts.js';
import { dimensionSpecs, NONE, TOTAL, UNKNOWN } from './categories.js';
import {
  changeCell,
  countCell,
  type DisclosureOptions,
  defaultDisclosure,
  derivedCell,
  naCell,
  percentCell,
  ratioCell,
  sampleCell,
  valueCell,
} from './cells.js';
import { measurePeriod, type PreparedFacts, prepareFacts, type RawPeriod } from './measure.js';
import { type ParsedPeriod, parsePeriod, periodBounds, periodInfo, previousPeriod, yearAgoPeriod } from './period.js';
import { mean, median, percentileSorted, roundTo, sortNumbers } from './stats.js';

/*
 * Definitions (P = [s, e), Shanghai calendar; see period.ts):
 * - demand D: headcount of positions with an open interval overlapping P; supply S: distinct workers
 *   open to work or with an application active at some instant of P; R = D / S, 2 decimals.
 * - newPostings: first published in P. newSeekers: workers in S whose seeking first began in P — the
 *   earliest start of any open-to-work stretch or application lies in [s, e). A worker returning
 *   after a break is not new (as a reopened position is not a new posting); one starting at s is.
 * - openingsAtEnd: positions open at e − 1 ms, headcount minus hires before e (never below 0).
 *   employed E: workers employed at e − 1 ms. hiresRate = hires / E; openingsRate = openings / (E + openings).
 * - daysToHire: per hire in P from the position's publication, fractional days, 1 decimal.
 * - Salary percentiles: linear interpolation (type 7, Excel PERCENTILE.INC), so P50 is the same
 *   median as every other median here; whole yuan. Shares 1 decimal, ratios to guidance 2.
 * - 环比 / 同比: percent change of the published figures (so a reader can redo them), 1 decimal.
 * - Disclosure: people counts 1 … minCell − 1 suppressed; anything computed from a suppressed
 *   figure suppressed; R not shown under minSupplyForRatio (and suppressed when D is); statistics of
 *   samples (salary, days to hire) suppressed with fewer than minCell observations, `na` with none.
 *   newPostings counts positions, not people, and is not suppressed.
 * - Tables: vocabulary rows with a non-zero applicable side, then `none` (always, where the dimension
 *   has one), then `unknown` (missing or unrecognised values) when non-zero; the total row is `total`.
 */

export type ComputeOptions = Partial<DisclosureOptions>;

/**
 * The published figures of one period: headline measures with 环比 and 同比, breakdown tables and
 * the shortage ranking, with disclosure control applied last. Pure: the same facts and period
 * always give the same figures, and facts about what happened after the period's end never
 * change them.
 */
export function computeReport(
  facts: StatisticsFacts | PreparedFacts,
  periodId: string,
  options: ComputeOptions = {},
): ReportFigures {
  const opts: DisclosureOptions = { ...defaultDisclosure, ...options };
  const prepared = 'appWorker' in facts ? facts : prepareFacts(facts);
  const period = parsePeriod(periodId);
  const measure = (p: ParsedPeriod) => measurePeriod(prepared, periodBounds(p), p.year);
  const cur = measure(period);
  const prev = measure(previousPeriod(period));
  const ago = measure(yearAgoPeriod(period));

  return {
    period: periodInfo(period),
    asOf: new Date(prepared.asOf).toISOString(),
    headline: headline(cur, prev, ago, opts),
    tables: breakdownDimensions.map((dim) => breakdownTable(dim, cur, prev, ago, opts)),
    shortage: shortageRanking(cur, opts),
  };
}

/** The headline cells of one period, disclosure control applied. */
export function headlineCells(raw: RawPeriod, opts: DisclosureOptions): Record<HeadlineMeasure, Cell> {
  const demand = countCell(raw.demand, opts);
  const supply = countCell(raw.supply, opts);
  const openingsAtEnd = countCell(raw.openingsAtEnd, opts);
  const hires = countCell(raw.hires, opts);
  const employed = countCell(raw.employed, opts);
  const salaries = sortNumbers(raw.salaryMidpoints);
  const salary = (p: number) => sampleCell(salaries.length, percentileSorted(salaries, p), 0, opts);
  return {
    demand,
    supply,
    ratio: ratioCell(demand, supply, opts),
    newPostings: valueCell(raw.newPostings),
    newSeekers: countCell(raw.newSeekers, opts),
    openingsAtEnd,
    applications: countCell(raw.applications, opts),
    hires,
    employed,
    hiresRate: percentCell(hires, employed),
    openingsRate: derivedCell([openingsAtEnd, employed], ([o = 0, e = 0]) =>
      o + e === 0 ? null : roundTo((o / (o + e)) * 100, 1),
    ),
    daysToHireMedian: sampleCell(raw.daysToHire.length, median(raw.daysToHire), 1, opts),
    daysToHireMean: sampleCell(raw.daysToHire.length, mean(raw.daysToHire), 1, opts),
    salaryP10: salary(0.1),
    salaryP25: salary(0.25),
    salaryP50: salary(0.5),
    salaryP75: salary(0.75),
    salaryP90: salary(0.9),
    salaryBelowGuidanceShare: sampleCell(
      raw.withGuidanceLow,
      raw.withGuidanceLow === 0 ? null : (raw.belowGuidanceLow / raw.withGuidanceLow) * 100,
      1,
      opts,
    ),
    salaryMedianToGuidance: sampleCell(raw.midpointToGuidance.length, median(raw.midpointToGuidance), 2, opts),
  };
}

function headline(cur: RawPeriod, prev: RawPeriod, ago: RawPeriod, opts: DisclosureOptions): ReportFigures['headline'] {
  const c = headlineCells(cur, opts);
  const p = headlineCells(prev, opts);
  const a = headlineCells(ago, opts);
  const out = {} as ReportFigures['headline'];
  for (const m of headlineMeasures) {
    out[m] = { current: c[m], previous: p[m], yearAgo: a[m], mom: changeCell(c[m], p[m]), yoy: changeCell(c[m], a[m]) };
  }
  return out;
}

function breakdownTable(
  dim: BreakdownDimension,
  cur: RawPeriod,
  prev: RawPeriod,
  ago: RawPeriod,
  opts: DisclosureOptions,
): BreakdownTable {
  const { side, categories, hasNone } = dimensionSpecs[dim];
  const hasDemand = side !== 'supply';
  const hasSupply = side !== 'demand';
  const main = side === 'supply' ? 'supply' : 'demand';
  const value = (raw: RawPeriod, which: 'demand' | 'supply', category: string) =>
    category === TOTAL ? raw[which] : (raw.breakdown[dim][which].get(category) ?? 0);
  const nonZero = (category: string) =>
    (hasDemand && value(cur, 'demand', category) > 0) || (hasSupply && value(cur, 'supply', category) > 0);

  const totalMain = countCell(cur[main], opts);
  const row = (category: string): BreakdownRow => {
    const demand = hasDemand ? countCell(value(cur, 'demand', category), opts) : naCell();
    const supply = hasSupply ? countCell(value(cur, 'supply', category), opts) : naCell();
    const mainCell = main === 'demand' ? demand : supply;
    return {
      category,
      demand,
      supply,
      ratio: hasDemand && hasSupply ? ratioCell(demand, supply, opts) : naCell(),
      share: percentCell(mainCell, totalMain),
      mom: changeCell(mainCell, countCell(value(prev, main, category), opts)),
      yoy: changeCell(mainCell, countCell(value(ago, main, category), opts)),
    };
  };

  const rows = categories.filter(nonZero).map(row);
  if (hasNone) rows.push(row(NONE));
  if (!categories.includes(UNKNOWN) && nonZero(UNKNOWN)) rows.push(row(UNKNOWN));
  return { dimension: dim, side, rows, total: row(TOTAL) };
}

const domainOrder = new Map<string, number>(serviceDomainCodes.map((c, i) => [c, i]));
const districtOrder = new Map<string, number>(districtCodes.map((c, i) => [c, i]));

/** Domain × district cells by 求人倍率, highest first; ties by demand, then vocabulary order. */
function shortageRanking(cur: RawPeriod, opts: DisclosureOptions): ReportFigures['shortage'] {
  return [...cur.shortage.values()]
    .map((c) => {
      const demand = countCell(c.demand, opts);
      const supply = countCell(c.supply, opts);
      return {
        raw: c,
        cell: { domain: c.domain, district: c.district, demand, supply, ratio: ratioCell(demand, supply, opts) },
      };
    })
    .filter((x) => x.cell.ratio.flag === null)
    .sort(
      (x, y) =>
        // Exact comparison of D₁/S₁ and D₂/S₂ (both supplies are at least the ratio threshold).
        y.raw.demand * x.raw.supply - x.raw.demand * y.raw.supply ||
        y.raw.demand - x.raw.demand ||
        (domainOrder.get(x.raw.domain) ?? 0) - (domainOrder.get(y.raw.domain) ?? 0) ||
        (districtOrder.get(x.raw.district) ?? 0) - (districtOrder.get(y.raw.district) ?? 0),
    )
    .map((x) => x.cell);
}

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
import { dimensionSpecs, TOTAL } from './categories.js';
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
import { type ProtectedCounts, protectCounts, protectedCount } from './protect.js';
import type { HiddenBefore } from './revisions.js';
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
 * - 环比 / 同比: percent change, 1 decimal, of the unrounded figures (a count is exact anyway; a
 *   ratio, rate, share or percentile changes by its unrounded value, not by its rounded one); `na`
 *   when the base is 0 or rounds to 0.
 * - Disclosure: people counts 1 … minCell − 1 suppressed (primary, "<5"), then complementary
 *   suppression (secondary, "x", protect.ts / suppression.ts) so that no suppressed count can be
 *   worked out from the sums a reader knows; every period (current, previous, year ago) gets its
 *   own pattern, and 环比 / 同比 use the cells as that period publishes them; anything computed
 *   from a suppressed or secondary figure is suppressed or secondary with it; R not shown under minSupplyForRatio (and suppressed when D is); statistics of
 *   samples (salary, days to hire) suppressed with fewer than minCell observations, `na` with none.
 *   newPostings counts positions, not people, and is not suppressed.
 * - Tables: vocabulary rows with a non-zero applicable side, then `none` (always, where the dimension
 *   has one), then `unknown` (missing or unrecognised values) when non-zero; the total row is `total`.
 */

export type ComputeOptions = Partial<DisclosureOptions> & {
  /** Counts hidden by the published versions of this period and of those it compares with (revisions.ts). */
  hiddenBefore?: HiddenBefore;
};

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
  const steps = reportSteps(facts, periodId, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `computeReport`, letting other work run between its steps (each period is a pass over every
 * fact): on a server, other requests are not kept waiting for the whole report.
 */
export async function computeReportYielding(
  facts: StatisticsFacts | PreparedFacts,
  periodId: string,
  options: ComputeOptions = {},
): Promise<ReportFigures> {
  const steps = reportSteps(facts, periodId, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function* reportSteps(
  facts: StatisticsFacts | PreparedFacts,
  periodId: string,
  options: ComputeOptions,
): Generator<void, ReportFigures> {
  const { hiddenBefore, ...thresholds } = options;
  const opts: DisclosureOptions = { ...defaultDisclosure, ...thresholds };
  const period = parsePeriod(periodId);
  let prepared: PreparedFacts;
  if ('appWorker' in facts) prepared = facts;
  else {
    prepared = prepareFacts(facts);
    yield;
  }
  const measure = (p: ParsedPeriod): Measured => {
    const raw = measurePeriod(prepared, periodBounds(p), p.year);
    return { raw, counts: protectCounts(raw, opts, hiddenBefore?.get(periodInfo(p).id)) };
  };
  const cur = measure(period);
  yield;
  const prev = measure(previousPeriod(period));
  yield;
  const ago = measure(yearAgoPeriod(period));
  yield;

  return {
    period: periodInfo(period),
    asOf: new Date(prepared.asOf).toISOString(),
    headline: headline(cur, prev, ago, opts),
    tables: breakdownDimensions.map((dim) => breakdownTable(dim, cur.counts, prev.counts, ago.counts, opts)),
    shortage: shortageRanking(cur, opts),
  };
}

/** A period's raw measures and its published (protected) counts. */
interface Measured {
  raw: RawPeriod;
  counts: ProtectedCounts;
}

interface HeadlineFigures {
  cells: Record<HeadlineMeasure, Cell>;
  /** The unrounded values, for 环比 / 同比 (never published). */
  exact: Record<HeadlineMeasure, number | null>;
}

/** The headline cells of one period, disclosure control (primary and complementary) applied. */
export function headlineCells(raw: RawPeriod, opts: DisclosureOptions): Record<HeadlineMeasure, Cell> {
  return headlineFigures({ raw, counts: protectCounts(raw, opts) }, opts).cells;
}

function headlineFigures({ raw, counts }: Measured, opts: DisclosureOptions): HeadlineFigures {
  const demand = counts.demand;
  const supply = counts.supply;
  const openingsAtEnd = countCell(raw.openingsAtEnd, opts);
  const hires = countCell(raw.hires, opts);
  const employed = countCell(raw.employed, opts);
  const salaries = sortNumbers(raw.salaryMidpoints);
  const salary = (p: number) => sampleCell(salaries.length, percentileSorted(salaries, p), 0, opts);
  const share = (part: number, whole: number) => (whole === 0 ? null : (part / whole) * 100);
  const cells: Record<HeadlineMeasure, Cell> = {
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
  const exact: Record<HeadlineMeasure, number | null> = {
    demand: raw.demand,
    supply: raw.supply,
    ratio: raw.supply === 0 ? null : raw.demand / raw.supply,
    newPostings: raw.newPostings,
    newSeekers: raw.newSeekers,
    openingsAtEnd: raw.openingsAtEnd,
    applications: raw.applications,
    hires: raw.hires,
    employed: raw.employed,
    hiresRate: share(raw.hires, raw.employed),
    openingsRate: share(raw.openingsAtEnd, raw.openingsAtEnd + raw.employed),
    daysToHireMedian: median(raw.daysToHire),
    daysToHireMean: mean(raw.daysToHire),
    salaryP10: percentileSorted(salaries, 0.1),
    salaryP25: percentileSorted(salaries, 0.25),
    salaryP50: percentileSorted(salaries, 0.5),
    salaryP75: percentileSorted(salaries, 0.75),
    salaryP90: percentileSorted(salaries, 0.9),
    salaryBelowGuidanceShare: share(raw.belowGuidanceLow, raw.withGuidanceLow),
    salaryMedianToGuidance: median(raw.midpointToGuidance),
  };
  return { cells, exact };
}

function headline(cur: Measured, prev: Measured, ago: Measured, opts: DisclosureOptions): ReportFigures['headline'] {
  const c = headlineFigures(cur, opts);
  const p = headlineFigures(prev, opts);
  const a = headlineFigures(ago, opts);
  const out = {} as ReportFigures['headline'];
  for (const m of headlineMeasures) {
    out[m] = {
      current: c.cells[m],
      previous: p.cells[m],
      yearAgo: a.cells[m],
      mom: changeCell(c.cells[m], p.cells[m], [c.exact[m], p.exact[m]]),
      yoy: changeCell(c.cells[m], a.cells[m], [c.exact[m], a.exact[m]]),
    };
  }
  return out;
}

function breakdownTable(
  dim: BreakdownDimension,
  cur: ProtectedCounts,
  prev: ProtectedCounts,
  ago: ProtectedCounts,
  opts: DisclosureOptions,
): BreakdownTable {
  const { side } = dimensionSpecs[dim];
  const hasDemand = side !== 'supply';
  const hasSupply = side !== 'demand';
  const main = side === 'supply' ? 'supply' : 'demand';
  const totalMain = protectedCount(cur, dim, main, TOTAL);
  const row = (category: string): BreakdownRow => {
    const demand = hasDemand ? protectedCount(cur, dim, 'demand', category) : naCell();
    const supply = hasSupply ? protectedCount(cur, dim, 'supply', category) : naCell();
    const mainCell = main === 'demand' ? demand : supply;
    return {
      category,
      demand,
      supply,
      ratio: hasDemand && hasSupply ? ratioCell(demand, supply, opts) : naCell(),
      share: percentCell(mainCell, totalMain),
      mom: changeCell(mainCell, protectedCount(prev, dim, main, category)),
      yoy: changeCell(mainCell, protectedCount(ago, dim, main, category)),
    };
  };
  return { dimension: dim, side, rows: cur.tables[dim].categories.map(row), total: row(TOTAL) };
}

const domainOrder = new Map<string, number>(serviceDomainCodes.map((c, i) => [c, i]));
const districtOrder = new Map<string, number>(districtCodes.map((c, i) => [c, i]));

/**
 * Domain × district cells by 求人倍率, highest first; ties by demand, then vocabulary order. A cell
 * whose demand is hidden (primary or complementary suppression) is left out with its ratio.
 */
function shortageRanking({ raw: cur, counts }: Measured, opts: DisclosureOptions): ReportFigures['shortage'] {
  return [...cur.shortage.values()]
    .map((c) => {
      const demand = counts.shortageDemand.get(`${c.domain}|${c.district}`) ?? countCell(c.demand, opts);
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

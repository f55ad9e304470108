import {
  type BreakdownDimension,
  breakdownDimensions,
  type Cell,
  districtCodes,
  serviceDomainCodes,
} from '@shsw/shared';
import { dimensionSpecs, NONE, TOTAL, UNKNOWN } from './categories.js';
import { type DisclosureOptions, secondaryCell, suppressedCell, valueCell } from './cells.js';
import type { RawPeriod } from './measure.js';
import { countKey } from './revisions.js';
import { complementarySuppression, type Relation, type SuppressionItem } from './suppression.js';

/**
 * The published people counts of one period after primary and complementary suppression: the
 * headline D and S, every breakdown table's rows, and the domain × district demand of the
 * shortage ranking. Derived figures (ratios, shares, 环比 / 同比) are computed from these cells
 * afterwards, so anything computed from a hidden count is hidden too.
 *
 * Relations a reader can use (see suppression.ts):
 * - each table's demand rows add up to D (the same D in every table, and the headline);
 * - each table's supply rows add up to S, except by service domain, where a worker counts in each
 *   of their domains (every row ≤ S ≤ the sum of the rows);
 * - the shortage cells of a domain, plus its positions with no known district, add up to the
 *   domain's demand row; likewise per district; those remainders add up to at most the `unknown`
 *   district (or domain) row. A shortage cell left out of the ranking is, to a reader, any count ≥ 0.
 * Supply of the shortage cells only ever gives upper bounds (a worker counts in several domains),
 * and each is at most its district's published supply, so it cannot narrow a hidden count below
 * its mark; it is left out of the relations.
 */

export interface ProtectedTable {
  /** The rows in publication order (vocabulary rows with a non-zero side, `none`, `unknown`). */
  categories: string[];
  demand: Map<string, Cell>;
  supply: Map<string, Cell>;
}

export interface ProtectedCounts {
  demand: Cell;
  supply: Cell;
  tables: Record<BreakdownDimension, ProtectedTable>;
  /** Shortage-cell demand keyed `domain|district` (a cell that is not published is not `null` flagged). */
  shortageDemand: Map<string, Cell>;
}

/** Which sides of the breakdowns are withheld (see `protectCounts`). */
export interface Withheld {
  demand: boolean;
  supply: boolean;
}

/**
 * The rows a table publishes, in order. A withheld side does not decide which rows are listed
 * (else the list of rows alone would tell where its few people are).
 */
export function tableCategories(dim: BreakdownDimension, raw: RawPeriod, withheld: Withheld): string[] {
  const { side, categories, hasNone } = dimensionSpecs[dim];
  const hasDemand = side !== 'supply' && !withheld.demand;
  const hasSupply = side !== 'demand' && !withheld.supply;
  if (!hasDemand && !hasSupply) return [];
  const b = raw.breakdown[dim];
  const nonZero = (c: string) => (hasDemand && (b.demand.get(c) ?? 0) > 0) || (hasSupply && (b.supply.get(c) ?? 0) > 0);
  const out = categories.filter(nonZero);
  if (hasNone) out.push(NONE);
  if (!categories.includes(UNKNOWN) && nonZero(UNKNOWN)) out.push(UNKNOWN);
  return out;
}

/**
 * Primary and complementary suppression of a period's counts. A side (demand or supply) whose
 * headline total is hidden — small, or needed to protect a cell — is withheld in every table:
 * its cells are all "x" (to a reader, any count ≥ 0) and its rows need not add up to anything
 * listed. The same happens when no published cell can protect a small one (tiny periods).
 */
export function protectCounts(
  raw: RawPeriod,
  opts: DisclosureOptions,
  hiddenBefore: ReadonlySet<string> = new Set(),
): ProtectedCounts {
  const small = (n: number) => n > 0 && n < opts.minCell;
  const withheld: Withheld = {
    demand: small(raw.demand) || hiddenBefore.has(countKey.demandTotal),
    supply: small(raw.supply) || hiddenBefore.has(countKey.supplyTotal),
  };
  for (;;) {
    const out = protectWith(raw, opts, withheld, hiddenBefore);
    const more = {
      demand: !withheld.demand && (out.demand.flag !== null || out.failed.demand),
      supply: !withheld.supply && (out.supply.flag !== null || out.failed.supply),
    };
    if (!more.demand && !more.supply) return out;
    withheld.demand ||= more.demand;
    withheld.supply ||= more.supply;
  }
}

function protectWith(
  raw: RawPeriod,
  opts: DisclosureOptions,
  withheld: Withheld,
  hiddenBefore: ReadonlySet<string>,
): ProtectedCounts & { failed: Withheld } {
  const items: SuppressionItem[] = [];
  const relations: Relation[] = [];
  const small = (n: number) => n > 0 && n < opts.minCell;
  const count = (value: number, rank: number): number => {
    items.push({
      value,
      state: small(value) ? 'primary' : 'published',
      eligible: true,
      rank,
      protect: small(value),
      unpublished: 'marked',
    });
    return items.length - 1;
  };
  const zero = count(0, 9); // a row a table leaves out: a known 0
  const sideOf: ('demand' | 'supply' | undefined)[] = [];
  const tag = (i: number, which: 'demand' | 'supply') => {
    sideOf[i] = which;
    return i;
  };
  // A withheld side's total is hidden ("<5" when small, else "x").
  const total = (value: number, hide: boolean) => {
    const i = count(value, 2);
    if (hide && !small(value)) Object.assign(items[i] as SuppressionItem, { state: 'secondary', eligible: false });
    return i;
  };
  const D = tag(total(raw.demand, withheld.demand), 'demand');
  const S = tag(total(raw.supply, withheld.supply), 'supply');

  const rows = {} as Record<
    BreakdownDimension,
    { categories: string[]; demand: Map<string, number>; supply: Map<string, number> }
  >;
  // A withheld side's cells are all "x", known to a reader only as some count ≥ 0, and the listed
  // rows (decided by the other side) need not hold all of the total.
  const hidden = (value: number): number => {
    items.push({ value, state: 'secondary', eligible: false, rank: 0, protect: small(value), unpublished: 'omitted' });
    return items.length - 1;
  };
  for (const dim of breakdownDimensions) {
    const { side } = dimensionSpecs[dim];
    const categories = tableCategories(dim, raw, withheld);
    const b = raw.breakdown[dim];
    const demand = new Map<string, number>();
    const supply = new Map<string, number>();
    const demandWithheld = withheld.demand;
    const supplyWithheld = withheld.supply;
    for (const c of categories) {
      const d = b.demand.get(c) ?? 0;
      const s = b.supply.get(c) ?? 0;
      if (side !== 'supply') demand.set(c, tag(demandWithheld ? hidden(d) : count(d, 0), 'demand'));
      if (side !== 'demand') supply.set(c, tag(supplyWithheld ? hidden(s) : count(s, 0), 'supply'));
    }
    rows[dim] = { categories, demand, supply };
    const sum = (m: Map<string, number>, total: number, kind: 'eq' | 'le') =>
      relations.push({ terms: [...[...m.values()].map((i) => [i, 1] as const), [total, -1]], kind });
    if (side !== 'supply') sum(demand, D, demandWithheld ? 'le' : 'eq');
    if (side !== 'demand') {
      if (dim === 'domain') {
        for (const i of supply.values())
          relations.push({
            terms: [
              [i, 1],
              [S, -1],
            ],
            kind: 'le',
          });
        if (!supplyWithheld)
          relations.push({ terms: [[S, 1], ...[...supply.values()].map((i) => [i, -1] as const)], kind: 'le' });
      } else {
        sum(supply, S, supplyWithheld ? 'le' : 'eq');
      }
    }
  }

  // The shortage grid (demand): a cell is published when its ratio is (supply ≥ the threshold, demand not small).
  const grid = new Map<string, number>();
  const cellDemand = (d: string, k: string) => raw.shortage.get(`${d}|${k}`)?.demand ?? 0;
  const cellSupply = (d: string, k: string) => raw.shortage.get(`${d}|${k}`)?.supply ?? 0;
  for (const d of serviceDomainCodes)
    for (const k of districtCodes) {
      const value = cellDemand(d, k);
      const listed = cellSupply(d, k) >= opts.minSupplyForRatio && !small(value);
      items.push({
        value,
        state: listed ? 'published' : 'hidden',
        eligible: listed,
        rank: 0,
        protect: small(value),
        unpublished: 'omitted',
      });
      grid.set(`${d}|${k}`, tag(items.length - 1, 'demand'));
    }
  const remainder = (value: number) => {
    items.push({ value, state: 'hidden', eligible: false, rank: 9, protect: false, unpublished: 'omitted' });
    return items.length - 1;
  };
  // A row a table leaves out is a known 0 — unless the demand side is withheld (rows listed by supply).
  const absentRow = (value: number) => (withheld.demand ? remainder(value) : zero);
  const domainRows = rows.domain.demand;
  const districtRows = rows.district.demand;
  const domainRemainders: number[] = [];
  for (const d of serviceDomainCodes) {
    const cells = districtCodes.map((k) => grid.get(`${d}|${k}`) as number);
    const rowTotal = raw.breakdown.domain.demand.get(d) ?? 0;
    const rest = remainder(rowTotal - districtCodes.reduce((s, k) => s + cellDemand(d, k), 0));
    domainRemainders.push(rest);
    const margin = domainRows.get(d) ?? absentRow(rowTotal);
    relations.push({ terms: [...cells.map((i) => [i, 1] as const), [rest, 1], [margin, -1]], kind: 'eq' });
  }
  const districtRemainders: number[] = [];
  for (const k of districtCodes) {
    const cells = serviceDomainCodes.map((d) => grid.get(`${d}|${k}`) as number);
    const colTotal = raw.breakdown.district.demand.get(k) ?? 0;
    const rest = remainder(colTotal - serviceDomainCodes.reduce((s, d) => s + cellDemand(d, k), 0));
    districtRemainders.push(rest);
    const margin = districtRows.get(k) ?? absentRow(colTotal);
    relations.push({ terms: [...cells.map((i) => [i, 1] as const), [rest, 1], [margin, -1]], kind: 'eq' });
  }
  relations.push({
    terms: [
      ...domainRemainders.map((i) => [i, 1] as const),
      [districtRows.get(UNKNOWN) ?? absentRow(raw.breakdown.district.demand.get(UNKNOWN) ?? 0), -1],
    ],
    kind: 'le',
  });
  relations.push({
    terms: [
      ...districtRemainders.map((i) => [i, 1] as const),
      [domainRows.get(UNKNOWN) ?? absentRow(raw.breakdown.domain.demand.get(UNKNOWN) ?? 0), -1],
    ],
    kind: 'le',
  });

  // What an earlier version of the period hid stays hidden (revisions.ts): "x", or out of the ranking.
  const keep = (key: string, i: number) => {
    const it = items[i] as SuppressionItem;
    if (!hiddenBefore.has(key) || it.state !== 'published') return;
    it.state = it.unpublished === 'omitted' ? 'hidden' : 'secondary';
    it.eligible = false;
  };
  for (const dim of breakdownDimensions) {
    for (const [c, i] of rows[dim].demand) keep(countKey.row(dim, 'demand', c), i);
    for (const [c, i] of rows[dim].supply) keep(countKey.row(dim, 'supply', c), i);
  }
  for (const [key, i] of grid) {
    const [d, k] = key.split('|') as [string, string];
    keep(countKey.shortage(d, k), i);
  }

  const { items: done, exposed } = complementarySuppression(items, relations, opts.minCell);
  const failed: Withheld = {
    demand: exposed.some((i) => sideOf[i] === 'demand'),
    supply: exposed.some((i) => sideOf[i] === 'supply'),
  };
  const cellOf = (i: number): Cell => {
    const it = done[i] as SuppressionItem;
    if (it.state === 'published') return valueCell(it.value);
    return it.state === 'secondary' ? secondaryCell() : suppressedCell();
  };
  const tables = {} as Record<BreakdownDimension, ProtectedTable>;
  for (const dim of breakdownDimensions) {
    const r = rows[dim];
    tables[dim] = {
      categories: r.categories,
      demand: new Map([...r.demand].map(([c, i]) => [c, cellOf(i)])),
      supply: new Map([...r.supply].map(([c, i]) => [c, cellOf(i)])),
    };
  }
  return {
    demand: cellOf(D),
    supply: cellOf(S),
    tables,
    shortageDemand: new Map([...grid].map(([key, i]) => [key, cellOf(i)])),
    failed,
  };
}

/** A table cell of a period (`TOTAL` gives the headline count; a row the table leaves out is 0). */
export function protectedCount(
  p: ProtectedCounts,
  dim: BreakdownDimension,
  side: 'demand' | 'supply',
  category: string,
): Cell {
  if (category === TOTAL) return side === 'demand' ? p.demand : p.supply;
  return p.tables[dim][side].get(category) ?? valueCell(0);
}

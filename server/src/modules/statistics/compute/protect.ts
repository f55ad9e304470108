import { type BreakdownDimension, breakdownDimensions, type Cell, districtCodes, serviceDomainCodes } from '@shsw/shared';
import { dimensionSpecs, NONE, TOTAL, UNKNOWN } from './categories.js';
import { type DisclosureOptions, secondaryCell, suppressedCell, valueCell } from './cells.js';
import type { RawPeriod } from './measure.js';
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

/** The rows a table publishes, in order. */
export function tableCategories(dim: BreakdownDimension, raw: RawPeriod): string[] {
  const { side, categories, hasNone } = dimensionSpecs[dim];
  const hasDemand = side !== 'supply';
  const hasSupply = side !== 'demand';
  const b = raw.breakdown[dim];
  const nonZero = (c: string) => (hasDemand && (b.demand.get(c) ?? 0) > 0) || (hasSupply && (b.supply.get(c) ?? 0) > 0);
  const out = categories.filter(nonZero);
  if (hasNone) out.push(NONE);
  if (!categories.includes(UNKNOWN) && nonZero(UNKNOWN)) out.push(UNKNOWN);
  return out;
}

export function protectCounts(raw: RawPeriod, opts: DisclosureOptions): ProtectedCounts {
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
  const D = count(raw.demand, 2);
  const S = count(raw.supply, 2);

  const rows = {} as Record<BreakdownDimension, { categories: string[]; demand: Map<string, number>; supply: Map<string, number> }>;
  for (const dim of breakdownDimensions) {
    const { side } = dimensionSpecs[dim];
    const categories = tableCategories(dim, raw);
    const b = raw.breakdown[dim];
    const demand = new Map<string, number>();
    const supply = new Map<string, number>();
    for (const c of categories) {
      if (side !== 'supply') demand.set(c, count(b.demand.get(c) ?? 0, 0));
      if (side !== 'demand') supply.set(c, count(b.supply.get(c) ?? 0, 0));
    }
    rows[dim] = { categories, demand, supply };
    if (side !== 'supply') relations.push({ terms: [...[...demand.values()].map((i) => [i, 1] as const), [D, -1]], kind: 'eq' });
    if (side !== 'demand') {
      if (dim === 'domain') {
        for (const i of supply.values()) relations.push({ terms: [[i, 1], [S, -1]], kind: 'le' });
        relations.push({ terms: [[S, 1], ...[...supply.values()].map((i) => [i, -1] as const)], kind: 'le' });
      } else {
        relations.push({ terms: [...[...supply.values()].map((i) => [i, 1] as const), [S, -1]], kind: 'eq' });
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
      grid.set(`${d}|${k}`, items.length - 1);
    }
  const remainder = (value: number) => {
    items.push({ value, state: 'hidden', eligible: false, rank: 9, protect: false, unpublished: 'omitted' });
    return items.length - 1;
  };
  const domainRows = rows.domain.demand;
  const districtRows = rows.district.demand;
  const domainRemainders: number[] = [];
  for (const d of serviceDomainCodes) {
    const cells = districtCodes.map((k) => grid.get(`${d}|${k}`) as number);
    const rowTotal = raw.breakdown.domain.demand.get(d) ?? 0;
    const rest = remainder(rowTotal - districtCodes.reduce((s, k) => s + cellDemand(d, k), 0));
    domainRemainders.push(rest);
    const margin = domainRows.get(d) ?? zero;
    relations.push({ terms: [...cells.map((i) => [i, 1] as const), [rest, 1], [margin, -1]], kind: 'eq' });
  }
  const districtRemainders: number[] = [];
  for (const k of districtCodes) {
    const cells = serviceDomainCodes.map((d) => grid.get(`${d}|${k}`) as number);
    const colTotal = raw.breakdown.district.demand.get(k) ?? 0;
    const rest = remainder(colTotal - serviceDomainCodes.reduce((s, d) => s + cellDemand(d, k), 0));
    districtRemainders.push(rest);
    const margin = districtRows.get(k) ?? zero;
    relations.push({ terms: [...cells.map((i) => [i, 1] as const), [rest, 1], [margin, -1]], kind: 'eq' });
  }
  relations.push({
    terms: [...domainRemainders.map((i) => [i, 1] as const), [districtRows.get(UNKNOWN) ?? zero, -1]],
    kind: 'le',
  });
  relations.push({
    terms: [...districtRemainders.map((i) => [i, 1] as const), [domainRows.get(UNKNOWN) ?? zero, -1]],
    kind: 'le',
  });

  const done = complementarySuppression(items, relations, opts.minCell);
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
  };
}

/** A table cell of a period (`TOTAL` gives the headline count; a row the table leaves out is 0). */
export function protectedCount(p: ProtectedCounts, dim: BreakdownDimension, side: 'demand' | 'supply', category: string): Cell {
  if (category === TOTAL) return side === 'demand' ? p.demand : p.supply;
  return p.tables[dim][side].get(category) ?? valueCell(0);
}

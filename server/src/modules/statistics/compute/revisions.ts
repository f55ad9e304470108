import { breakdownDimensions, districtCodes, type ReportFigures, serviceDomainCodes } from '@shsw/shared';

/*
 * Revisions must not leak by differencing. A reader holding two versions of one period could
 * otherwise read a count hidden in the first from the second: a cell published in version 2 that
 * was hidden in version 1 (or that protected a hidden one there) gives the hidden value away as
 * soon as the reader assumes the rest did not change. So a count once hidden stays hidden: every
 * version of a period hides at least what any earlier version hid ("x" where the new data alone
 * would publish it), and complementary suppression then runs on top. A shortage cell left out of
 * an earlier version's ranking stays out. The same holds for the previous and year-ago periods a
 * report compares with: their cells enter 环比 / 同比 as those periods publish them now.
 */

/** Keys of a period's counts: `D`, `S`, `<dimension>|<side>|<category>`, `shortage|<domain>|<district>`. */
export const countKey = {
  demandTotal: 'D',
  supplyTotal: 'S',
  row: (dimension: string, side: 'demand' | 'supply', category: string) => `${dimension}|${side}|${category}`,
  shortage: (domain: string, district: string) => `shortage|${domain}|${district}`,
};

/** Hidden counts of earlier versions, by period id (the union over a period's versions). */
export type HiddenBefore = ReadonlyMap<string, ReadonlySet<string>>;

const isHidden = (flag: string | null) => flag === 'suppressed' || flag === 'secondary';

/** The counts a published version hides ("<5", "x", and the shortage cells it leaves out). */
export function hiddenCounts(figures: ReportFigures): Set<string> {
  const out = new Set<string>();
  if (isHidden(figures.headline.demand.current.flag)) out.add(countKey.demandTotal);
  if (isHidden(figures.headline.supply.current.flag)) out.add(countKey.supplyTotal);
  for (const table of figures.tables) {
    if (!(breakdownDimensions as readonly string[]).includes(table.dimension)) continue;
    for (const row of table.rows) {
      if (isHidden(row.demand.flag)) out.add(countKey.row(table.dimension, 'demand', row.category));
      if (isHidden(row.supply.flag)) out.add(countKey.row(table.dimension, 'supply', row.category));
    }
  }
  const listed = new Set(figures.shortage.map((c) => countKey.shortage(c.domain, c.district)));
  for (const d of serviceDomainCodes)
    for (const k of districtCodes) {
      const key = countKey.shortage(d, k);
      if (!listed.has(key)) out.add(key);
    }
  return out;
}

/** The counts a version publishes with their value (tests: none of them may be one an earlier version hid). */
export function publishedCounts(figures: ReportFigures): Set<string> {
  const out = new Set<string>();
  if (figures.headline.demand.current.flag === null) out.add(countKey.demandTotal);
  if (figures.headline.supply.current.flag === null) out.add(countKey.supplyTotal);
  for (const table of figures.tables)
    for (const row of table.rows) {
      if (table.side !== 'supply' && row.demand.flag === null)
        out.add(countKey.row(table.dimension, 'demand', row.category));
      if (table.side !== 'demand' && row.supply.flag === null)
        out.add(countKey.row(table.dimension, 'supply', row.category));
    }
  for (const c of figures.shortage) out.add(countKey.shortage(c.domain, c.district));
  return out;
}

/** The union of what several versions hide. */
export function hiddenInVersions(versions: readonly ReportFigures[]): Set<string> {
  const out = new Set<string>();
  for (const v of versions) for (const key of hiddenCounts(v)) out.add(key);
  return out;
}

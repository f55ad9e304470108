import type { Filter } from '../search-engine.js';
import { andInto, andNotInto, type Bitset, countAnd, createBitset, orInto } from './bitset.js';
import { anyAllowed, anyInRange, countValues, type ValueColumn } from './columns.js';

// Cost model: one bitset word costs about a fifth of visiting one document column by column.
const WORD_VS_DOC = 5;

export interface FilterOutcome {
  /** Documents of the base set passing every filter. */
  hits: Bitset;
  /** Per filtered field, the base documents passing that field's filters. */
  groups: Map<string, Bitset>;
}

function scan(base: Bitset, test: (doc: number) => boolean): Bitset {
  const out = createBitset(base.length * 32);
  for (let w = 0; w < base.length; w++) {
    let bits = base[w] ?? 0;
    let kept = 0;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      if (test((w << 5) | (31 - Math.clz32(low)))) kept |= low;
    }
    out[w] = kept;
  }
  return out;
}

/** The base documents passing one filter: by per-value bitsets when cheap, else by scanning the column. */
function filterSet(filter: Filter, column: ValueColumn, base: Bitset, baseCount: number): Bitset {
  if (filter.op === 'range') {
    if (filter.min === undefined && filter.max === undefined) return base.slice();
    const min = filter.min ?? Number.NEGATIVE_INFINITY;
    const max = filter.max ?? Number.POSITIVE_INFINITY;
    return scan(base, (doc) => anyInRange(column, doc, min, max));
  }
  const ids = [...new Set(filter.values.map((v) => column.valueId(v)))].filter((id) => id !== undefined);
  const negate = filter.op === 'not_in';
  if (ids.length === 0) return negate ? base.slice() : createBitset(base.length * 32);
  const valueBits = column.valueBits;
  if (valueBits && ids.length * base.length < baseCount * WORD_VS_DOC) {
    const union = createBitset(base.length * 32);
    for (const id of ids) orInto(union, valueBits[id] as Bitset);
    const out = base.slice();
    if (negate) andNotInto(out, union);
    else andInto(out, union);
    return out;
  }
  const allowed = new Uint8Array(column.size);
  for (const id of ids) allowed[id] = 1;
  return scan(base, (doc) => anyAllowed(column, doc, allowed) !== negate);
}

/** Applies every filter (AND across filters, each `in` an OR of its values) to the base set. */
export function evaluateFilters(
  filters: readonly Filter[],
  columns: ReadonlyMap<string, ValueColumn>,
  base: Bitset,
  baseCount: number,
): FilterOutcome {
  const groups = new Map<string, Bitset>();
  for (const filter of filters) {
    const column = columns.get(filter.field);
    if (!column) throw new Error(`search: field ${JSON.stringify(filter.field)} is not filterable`);
    const set = filterSet(filter, column, base, baseCount);
    const group = groups.get(filter.field);
    if (group) andInto(group, set);
    else groups.set(filter.field, set);
  }
  if (groups.size === 0) return { hits: base, groups };
  let hits: Bitset | null = null;
  for (const set of groups.values()) {
    if (hits) andInto(hits, set);
    else hits = set.slice();
  }
  return { hits: hits ?? base, groups };
}

/**
 * The documents a facet on `field` counts over: the base passing every filter except those on
 * `field` (disjunctive faceting), or simply the hits when no filter names it.
 */
export function facetUniverse(field: string, outcome: FilterOutcome, base: Bitset): Bitset {
  if (!outcome.groups.has(field)) return outcome.hits;
  const universe = base.slice();
  for (const [other, set] of outcome.groups) if (other !== field) andInto(universe, set);
  return universe;
}

/** Counts per value id over `universe`: intersecting per-value bitsets for big sets, visiting documents otherwise. */
export function countFacet(column: ValueColumn, universe: Bitset, universeCount: number): Int32Array {
  const counts = new Int32Array(column.size);
  const valueBits = column.valueBits;
  if (valueBits && column.size * universe.length < universeCount * WORD_VS_DOC) {
    for (let id = 0; id < column.size; id++) counts[id] = countAnd(universe, valueBits[id] as Bitset);
    return counts;
  }
  for (let w = 0; w < universe.length; w++) {
    let bits = universe[w] ?? 0;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      countValues(column, (w << 5) | (31 - Math.clz32(low)), counts);
    }
  }
  return counts;
}

import type { Filter } from '../search-engine.js';
import type { ValueColumn } from './columns.js';

/** A filter turned into a per-document test; `bit` identifies its field's group for disjunctive facets. */
export interface CompiledFilter {
  field: string;
  bit: number;
  test: (doc: number) => boolean;
}

const always = (): boolean => true;
const never = (): boolean => false;

function allowedValues(filter: Filter, column: ValueColumn): Uint8Array | null {
  const allowed = new Uint8Array(column.size);
  let any = false;
  if (filter.op === 'range') {
    const min = filter.min ?? Number.NEGATIVE_INFINITY;
    const max = filter.max ?? Number.POSITIVE_INFINITY;
    for (let id = 0; id < column.size; id++) {
      const v = column.numbers[id] ?? Number.NaN;
      if (v >= min && v <= max) {
        allowed[id] = 1;
        any = true;
      }
    }
  } else {
    for (const value of filter.values) {
      const id = column.valueId(value);
      if (id !== undefined) {
        allowed[id] = 1;
        any = true;
      }
    }
  }
  return any ? allowed : null;
}

function compileOne(filter: Filter, column: ValueColumn | undefined, bit: number): CompiledFilter {
  const field = filter.field;
  if (filter.op === 'range' && filter.min === undefined && filter.max === undefined) {
    return { field, bit, test: always };
  }
  const allowed = column ? allowedValues(filter, column) : null;
  if (filter.op === 'not_in') {
    if (!allowed || !column) return { field, bit, test: always };
    return { field, bit, test: (doc) => !column.anyAllowed(doc, allowed) };
  }
  if (!allowed || !column) return { field, bit, test: never };
  return { field, bit, test: (doc) => column.anyAllowed(doc, allowed) };
}

/**
 * Compiles filters against the columns. Filters on one field share a group bit (at most 31 fields),
 * so one pass can tell which documents fail only the filters on one field.
 */
export function compileFilters(
  filters: readonly Filter[],
  columns: ReadonlyMap<string, ValueColumn>,
): CompiledFilter[] {
  const bits = new Map<string, number>();
  return filters.map((filter) => {
    let bit = bits.get(filter.field);
    if (bit === undefined) {
      if (bits.size >= 31) throw new Error('search: filters on more than 31 fields');
      bit = 1 << bits.size;
      bits.set(filter.field, bit);
    }
    return compileOne(filter, columns.get(filter.field), bit);
  });
}

/** Bitmask of the filters a document fails (0 when it passes every filter). */
export function failedGroups(filters: readonly CompiledFilter[], doc: number): number {
  let mask = 0;
  for (let k = 0; k < filters.length; k++) {
    const f = filters[k] as CompiledFilter;
    if ((mask & f.bit) === 0 && !f.test(doc)) {
      mask |= f.bit;
      // Failing two groups counts towards no facet at all.
      if ((mask & (mask - 1)) !== 0) return mask;
    }
  }
  return mask;
}

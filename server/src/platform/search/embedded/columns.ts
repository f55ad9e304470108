import type { FieldValue, FilterValue } from '../search-engine.js';

const NONE = -1;
const MANY = -2;

/** How values compare for filters and facets: strings trimmed and lower-cased, as Meilisearch does. */
export function valueKey(value: FilterValue): string {
  return typeof value === 'string' ? value.trim().toLowerCase() : String(value);
}

function scalars(value: FieldValue | undefined): FilterValue[] {
  if (value === null || value === undefined) return [];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [value];
  return [...value];
}

/**
 * A filterable field as a column: each distinct value gets a small integer, and each document
 * holds its value's number (or several, for arrays). Filters and facet counts scan this column.
 */
export class ValueColumn {
  /** Display label per value id: the first spelling seen. */
  readonly labels: string[] = [];
  /** Numeric value per value id, NaN when the value is not a number. */
  readonly numbers: number[] = [];
  single: Int32Array;
  readonly multi = new Map<number, Int32Array>();
  private readonly ids = new Map<string, number>();

  constructor(capacity: number) {
    this.single = new Int32Array(capacity).fill(NONE);
  }

  grow(capacity: number): void {
    if (capacity <= this.single.length) return;
    const grown = new Int32Array(capacity).fill(NONE);
    grown.set(this.single);
    this.single = grown;
  }

  get size(): number {
    return this.labels.length;
  }

  valueId(value: FilterValue): number | undefined {
    return this.ids.get(valueKey(value));
  }

  private intern(value: FilterValue): number {
    const key = valueKey(value);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.labels.length;
      this.ids.set(key, id);
      this.labels.push(typeof value === 'string' ? value.trim() : String(value));
      this.numbers.push(typeof value === 'number' ? value : Number.NaN);
    } else if (typeof value === 'number') {
      this.numbers[id] = value;
    }
    return id;
  }

  set(doc: number, value: FieldValue | undefined): void {
    if (value === null || value === undefined) {
      this.single[doc] = NONE;
      return;
    }
    if (typeof value !== 'object') {
      this.single[doc] = this.intern(value);
      return;
    }
    const ids = [...new Set(scalars(value).map((v) => this.intern(v)))];
    if (ids.length === 0) this.single[doc] = NONE;
    else if (ids.length === 1) this.single[doc] = ids[0] ?? NONE;
    else {
      this.single[doc] = MANY;
      this.multi.set(doc, Int32Array.from(ids));
    }
  }

  /** Forgets a document's values (its slot is dead but keeps its number). */
  unset(doc: number): void {
    if (this.single[doc] === MANY) this.multi.delete(doc);
    this.single[doc] = NONE;
  }

  /** True when any of the document's values is allowed by `allowed[valueId]`. */
  anyAllowed(doc: number, allowed: Uint8Array): boolean {
    const v = this.single[doc] ?? NONE;
    if (v >= 0) return allowed[v] === 1;
    if (v === NONE) return false;
    const many = this.multi.get(doc);
    if (!many) return false;
    for (let k = 0; k < many.length; k++) if (allowed[many[k] ?? 0] === 1) return true;
    return false;
  }

  /** Adds one to `counts[valueId]` for each of the document's values. */
  count(doc: number, counts: Int32Array): void {
    const v = this.single[doc] ?? NONE;
    if (v >= 0) counts[v] = (counts[v] ?? 0) + 1;
    else if (v === MANY) {
      const many = this.multi.get(doc);
      if (many) for (let k = 0; k < many.length; k++) counts[many[k] ?? 0] = (counts[many[k] ?? 0] ?? 0) + 1;
    }
  }
}

/**
 * A sortable field: numbers before strings, missing values last in both directions. Arrays sort by
 * their smallest value ascending and their largest descending, like Meilisearch.
 */
export class SortColumn {
  min: Float64Array;
  max: Float64Array;
  readonly strMin: (string | undefined)[] = [];
  readonly strMax: (string | undefined)[] = [];

  constructor(capacity: number) {
    this.min = new Float64Array(capacity).fill(Number.NaN);
    this.max = new Float64Array(capacity).fill(Number.NaN);
  }

  grow(capacity: number): void {
    if (capacity <= this.min.length) return;
    const min = new Float64Array(capacity).fill(Number.NaN);
    const max = new Float64Array(capacity).fill(Number.NaN);
    min.set(this.min);
    max.set(this.max);
    this.min = min;
    this.max = max;
  }

  set(doc: number, value: FieldValue | undefined): void {
    if (typeof value === 'number') {
      this.min[doc] = Number.isFinite(value) ? value : Number.NaN;
      this.max[doc] = this.min[doc] ?? Number.NaN;
      return;
    }
    const values = scalars(value);
    const nums = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const strs = values.filter((v): v is string => typeof v === 'string').map((s) => s.trim().toLowerCase());
    this.min[doc] = nums.length > 0 ? Math.min(...nums) : Number.NaN;
    this.max[doc] = nums.length > 0 ? Math.max(...nums) : Number.NaN;
    strs.sort();
    this.strMin[doc] = strs[0];
    this.strMax[doc] = strs[strs.length - 1];
  }

  /** Negative when `a` sorts before `b`. */
  compare(a: number, b: number, descending: boolean): number {
    const na = descending ? (this.max[a] ?? Number.NaN) : (this.min[a] ?? Number.NaN);
    const nb = descending ? (this.max[b] ?? Number.NaN) : (this.min[b] ?? Number.NaN);
    const aNum = !Number.isNaN(na);
    const bNum = !Number.isNaN(nb);
    if (aNum && bNum) return descending ? nb - na : na - nb;
    if (aNum !== bNum) return aNum ? -1 : 1;
    const sa = descending ? this.strMax[a] : this.strMin[a];
    const sb = descending ? this.strMax[b] : this.strMin[b];
    if (sa === sb) return 0;
    if (sa === undefined) return 1;
    if (sb === undefined) return -1;
    return (sa < sb ? -1 : 1) * (descending ? -1 : 1);
  }
}

import type { FieldValue, FilterValue } from '../search-engine.js';
import { type Bitset, clearBit, createBitset, setBit } from './bitset.js';

const NONE = -1;
const MANY = -2;
/** Fields with more distinct values than this keep no per-value bitsets (memory: values × docs / 8). */
const MAX_BITSET_VALUES = 512;

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
 * holds its value's number in `slots`. Documents with several values point into `pool` instead
 * (`slots[doc] = -2 - offset`, `pool[offset]` = how many, then the value numbers).
 */
export class ValueColumn {
  /** Display label per value id: the first spelling seen. */
  readonly labels: string[] = [];
  /** Numeric value per value id, NaN when the value is not a number. */
  readonly numbers: number[] = [];
  slots: Int32Array;
  pool = new Int32Array(1024);
  /** Per value id, the documents holding it; null once the field has too many values. */
  valueBits: Bitset[] | null = [];
  private poolLength = 0;
  private readonly ids = new Map<string, number>();

  constructor(private capacity: number) {
    this.slots = new Int32Array(capacity).fill(NONE);
  }

  grow(capacity: number): void {
    if (capacity <= this.slots.length) return;
    const grown = new Int32Array(capacity).fill(NONE);
    grown.set(this.slots);
    this.slots = grown;
    this.capacity = capacity;
    if (this.valueBits) {
      this.valueBits = this.valueBits.map((old) => {
        const b = createBitset(capacity);
        b.set(old);
        return b;
      });
    }
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
      if (this.valueBits && this.valueBits.length >= MAX_BITSET_VALUES) this.valueBits = null;
      this.valueBits?.push(createBitset(this.capacity));
    } else if (typeof value === 'number') {
      this.numbers[id] = value;
    }
    return id;
  }

  set(doc: number, value: FieldValue | undefined): void {
    if (value === null || value === undefined) {
      this.slots[doc] = NONE;
      return;
    }
    if (typeof value !== 'object') {
      const id = this.intern(value);
      this.slots[doc] = id;
      if (this.valueBits) setBit(this.valueBits[id] as Bitset, doc);
      return;
    }
    const ids = [...new Set(scalars(value).map((v) => this.intern(v)))];
    if (this.valueBits) for (const id of ids) setBit(this.valueBits[id] as Bitset, doc);
    if (ids.length <= 1) {
      this.slots[doc] = ids[0] ?? NONE;
      return;
    }
    if (this.poolLength + ids.length + 1 > this.pool.length) {
      const grown = new Int32Array(Math.max(this.pool.length * 2, this.poolLength + ids.length + 1));
      grown.set(this.pool);
      this.pool = grown;
    }
    const offset = this.poolLength;
    this.pool[offset] = ids.length;
    this.pool.set(ids, offset + 1);
    this.poolLength += ids.length + 1;
    this.slots[doc] = MANY - offset;
  }

  /** Forgets a document's values; pool space is reclaimed when the index is rebuilt. */
  unset(doc: number): void {
    if (this.valueBits) {
      const bits = this.valueBits;
      forEachValue(this, doc, (id) => clearBit(bits[id] as Bitset, doc));
    }
    this.slots[doc] = NONE;
  }
}

/** Calls `fn` with each value id of the document. */
export function forEachValue(column: ValueColumn, doc: number, fn: (id: number) => void): void {
  const v = column.slots[doc] ?? NONE;
  if (v >= 0) fn(v);
  else if (v !== NONE) {
    const offset = MANY - v;
    const end = offset + 1 + (column.pool[offset] ?? 0);
    for (let k = offset + 1; k < end; k++) fn(column.pool[k] ?? 0);
  }
}

/** True when any of the document's values is a number within [min, max]. */
export function anyInRange(column: ValueColumn, doc: number, min: number, max: number): boolean {
  const v = column.slots[doc] ?? NONE;
  const numbers = column.numbers;
  if (v >= 0) {
    const x = numbers[v] ?? Number.NaN;
    return x >= min && x <= max;
  }
  if (v === NONE) return false;
  const pool = column.pool;
  const offset = MANY - v;
  const end = offset + 1 + (pool[offset] ?? 0);
  for (let k = offset + 1; k < end; k++) {
    const x = numbers[pool[k] ?? 0] ?? Number.NaN;
    if (x >= min && x <= max) return true;
  }
  return false;
}

/** True when any of the document's values has `allowed[valueId] === 1`. */
export function anyAllowed(column: ValueColumn, doc: number, allowed: Uint8Array): boolean {
  const v = column.slots[doc] ?? NONE;
  if (v >= 0) return allowed[v] === 1;
  if (v === NONE) return false;
  const pool = column.pool;
  const offset = MANY - v;
  const end = offset + 1 + (pool[offset] ?? 0);
  for (let k = offset + 1; k < end; k++) if (allowed[pool[k] ?? 0] === 1) return true;
  return false;
}

/** Adds one to `counts[valueId]` for each of the document's values. */
export function countValues(column: ValueColumn, doc: number, counts: Int32Array): void {
  const v = column.slots[doc] ?? NONE;
  if (v >= 0) {
    counts[v] = (counts[v] ?? 0) + 1;
    return;
  }
  if (v === NONE) return;
  const pool = column.pool;
  const offset = MANY - v;
  const end = offset + 1 + (pool[offset] ?? 0);
  for (let k = offset + 1; k < end; k++) {
    const id = pool[k] ?? 0;
    counts[id] = (counts[id] ?? 0) + 1;
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

import type { Filter, FilterValue } from '../search-engine.js';

const ATTRIBUTE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * A value as a double-quoted filter literal. Backslashes are escaped first, then quotes: Meilisearch
 * un-escapes `\"` inside the quotes and then `\\`, so any user string comes back unchanged and can
 * never close the literal early. Numbers are checked with `Number.isFinite` before they are written.
 */
export function quoteFilterValue(value: FilterValue): string {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('search: filter numbers must be finite');
    text = String(value);
  } else if (typeof value === 'boolean') {
    text = value ? 'true' : 'false';
  } else if (typeof value === 'string') {
    text = value;
  } else {
    throw new Error('search: unsupported filter value');
  }
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}

/** Attribute names are spliced in bare, so only plain words pass (they come from the definition). */
export function filterAttribute(field: string): string {
  if (!ATTRIBUTE.test(field)) throw new Error(`search: attribute ${JSON.stringify(field)} cannot be used in a filter`);
  return field;
}

/** One filter as one Meilisearch condition, or null when it filters nothing out. */
export function filterCondition(filter: Filter): string | null {
  const attribute = filterAttribute(filter.field);
  if (filter.op === 'in' || filter.op === 'not_in') {
    const list = `[${filter.values.map(quoteFilterValue).join(', ')}]`;
    return `${attribute} ${filter.op === 'in' ? 'IN' : 'NOT IN'} ${list}`;
  }
  if (filter.op === 'range') {
    const { min, max } = filter;
    if (min !== undefined && max !== undefined) {
      // `TO` is one range condition, so an array field matches only when one element lies in range.
      return `${attribute} ${quoteFilterValue(min)} TO ${quoteFilterValue(max)}`;
    }
    if (min !== undefined) return `${attribute} >= ${quoteFilterValue(min)}`;
    if (max !== undefined) return `${attribute} <= ${quoteFilterValue(max)}`;
    return null;
  }
  throw new Error('search: unknown filter operator');
}

/**
 * Filters as Meilisearch's array form (outer elements AND together), which needs no parentheses and
 * so leaves no precedence for a value to play with. `undefined` when nothing filters.
 */
export function buildFilter(filters: readonly Filter[]): string[] | undefined {
  const conditions = filters.map(filterCondition).filter((c): c is string => c !== null);
  return conditions.length > 0 ? conditions : undefined;
}

import type { z } from 'zod';

type Raw = Record<string, string | string[]>;

/** Removes what one issue points at: an item of a repeated parameter, or the whole parameter. */
function dropAt(raw: Raw, path: readonly PropertyKey[], broken: Map<string, Set<number>>): boolean {
  const [key, index] = path;
  if (typeof key !== 'string' || !(key in raw)) return false;
  const value = raw[key];
  if (Array.isArray(value) && typeof index === 'number') {
    broken.set(key, (broken.get(key) ?? new Set()).add(index));
  } else {
    delete raw[key];
  }
  return true;
}

/**
 * Reads a search page's state from the URL with the shared query schema. Values the schema refuses
 * (an old link, a hand-edited address) are dropped one by one, so the rest of the search still works.
 */
export function queryFromUrl<S extends z.ZodObject>(schema: S, search: URLSearchParams): z.output<S> {
  const raw: Raw = {};
  for (const key of Object.keys(schema.shape)) {
    const values = search.getAll(key).filter((value) => value !== '');
    if (values.length === 1 && values[0] !== undefined) raw[key] = values[0];
    else if (values.length > 1) raw[key] = values;
  }
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const broken = new Map<string, Set<number>>();
    let dropped = false;
    for (const issue of parsed.error.issues) dropped = dropAt(raw, issue.path, broken) || dropped;
    for (const [key, indexes] of broken) {
      const value = raw[key];
      if (!Array.isArray(value)) continue;
      const kept = value.filter((_, i) => !indexes.has(i));
      if (kept.length > 0) raw[key] = kept;
      else delete raw[key];
    }
    if (!dropped) break;
  }
  return schema.parse({});
}

/** A stored query (a saved search) as URL parameters: repeated filters become repeated keys. */
export function urlFromQuery(query: Record<string, unknown>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null || item === '') continue;
      search.append(key, String(item));
    }
  }
  return search;
}

/** The `page` search parameter as a page number (1 when absent or not a positive whole number). */
export function pageFrom(search: URLSearchParams): number {
  const page = Number(search.get('page'));
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/**
 * A copy of the search parameters with the given ones set (empty values removed). Changing any
 * filter goes back to the first page unless `page` itself is given.
 */
export function withParams(
  search: URLSearchParams,
  changes: Record<string, string | number | null | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(search);
  if (!('page' in changes)) next.delete('page');
  for (const [key, value] of Object.entries(changes)) {
    if (
      value === null ||
      value === undefined ||
      value === '' ||
      ((key === 'page' || key.endsWith('Page')) && value === 1)
    )
      next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** Every value of a repeated parameter (`domain=a&domain=b`), in URL order, without duplicates or blanks. */
export function listFrom(search: URLSearchParams, key: string): string[] {
  return [...new Set(search.getAll(key).filter((value) => value !== ''))];
}

/** A copy with a repeated parameter replaced by `values` (removed when empty), back on the first page. */
export function withList(search: URLSearchParams, key: string, values: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete('page');
  next.delete(key);
  for (const value of new Set(values)) if (value !== '') next.append(key, value);
  return next;
}

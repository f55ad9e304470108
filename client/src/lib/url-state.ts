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

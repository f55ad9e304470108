import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { FilterChip } from './search-filters';
import { queryFromUrl } from './search-query';
import { withList, withParams } from './url-state';

/** A place the search read in the query (`understood.places` of a search answer). */
export interface QueryPlace {
  kind: 'district' | 'street';
  code: string;
}

/** Parameters that are not filters: clearing the filters keeps them. */
const notFilters = ['sort', 'pageSize'];

/**
 * A search page's state, kept entirely in the URL (shareable, and the back button undoes a step):
 * the query as the shared schema reads it, and setters that push a new history entry.
 */
export function useSearchUrl<S extends z.ZodObject>(schema: S) {
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => queryFromUrl(schema, search), [schema, search]);
  const setList = useCallback(
    (key: string, values: readonly string[]) => setSearch((s) => withList(s, key, values)),
    [setSearch],
  );
  const set = useCallback(
    (changes: Record<string, string | number | null | undefined>) => setSearch((s) => withParams(s, changes)),
    [setSearch],
  );
  const clear = useCallback(
    () =>
      setSearch((s) => {
        const next = new URLSearchParams();
        for (const key of notFilters) for (const value of s.getAll(key)) next.append(key, value);
        return next;
      }),
    [setSearch],
  );
  const remove = useCallback(
    (chip: FilterChip) =>
      setSearch((s) => {
        if (chip.value !== undefined)
          return withList(
            s,
            chip.key,
            s.getAll(chip.key).filter((v) => v !== chip.value),
          );
        if (chip.key === 'salary') return withParams(s, { salaryMin: null, salaryMax: null });
        return withParams(s, { [chip.key]: null });
      }),
    [setSearch],
  );
  /** A new text search: places in it are read afresh (`places` back to auto) unless the text is the same. */
  const setText = useCallback(
    (q: string) => setSearch((s) => withParams(s, (s.get('q') ?? '') === q ? { q } : { q, places: null })),
    [setSearch],
  );
  /**
   * Places read in the query become the district and street filters (replacing those chosen),
   * and the query becomes `text`, the words without the place names: one step in the history.
   */
  const filterByPlaces = useCallback(
    (places: readonly QueryPlace[], text: string) =>
      setSearch((s) => {
        const codes = (kind: QueryPlace['kind']) => places.filter((p) => p.kind === kind).map((p) => p.code);
        const next = withList(withList(s, 'district', codes('district')), 'street', codes('street'));
        return withParams(next, { q: text, places: null });
      }),
    [setSearch],
  );
  return { query, search, set, setList, setText, filterByPlaces, clear, remove };
}

import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { FilterChip } from './search-filters';
import { queryFromUrl } from './search-query';
import { withList, withParams } from './url-state';

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
  return { query, search, set, setList, clear, remove };
}

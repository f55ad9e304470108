export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One page, and the total, of whatever `fetch` reads, mapped through a presenter. */
export async function paginate<D, T>(
  fetch: (skip: number, limit: number) => Promise<D[]>,
  count: () => Promise<number>,
  opts: { page: number; pageSize: number },
  present: (doc: D) => T,
): Promise<Page<T>> {
  const [docs, total] = await Promise.all([fetch((opts.page - 1) * opts.pageSize, opts.pageSize), count()]);
  return { items: docs.map(present), total, page: opts.page, pageSize: opts.pageSize };
}

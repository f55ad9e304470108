/** Up to this many ids are fetched one by one (in parallel), beyond it with one `$in`. */
const POINT_LOOKUPS = 64;
const CONCURRENCY = 16;

/**
 * Documents by id, in no particular order, missing ones left out. FerretDB's SQLite backend
 * serves `_id` equality from its primary key but answers `$in` with a full scan (measured:
 * 1.8 s for 3 ids among 50,000 documents, against ~7 ms per parallel point lookup), so short
 * lists go by point lookups; on MongoDB both are fast.
 */
export async function findByIds<T>(
  ids: readonly unknown[],
  lookup: { one: (id: string) => Promise<T | null>; many: (ids: string[]) => Promise<T[]> },
): Promise<T[]> {
  const unique = [...new Set(ids.map(String))];
  if (unique.length === 0) return [];
  if (unique.length > POINT_LOOKUPS) return lookup.many(unique);
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += CONCURRENCY) {
    const found = await Promise.all(unique.slice(i, i + CONCURRENCY).map((id) => lookup.one(id)));
    for (const doc of found) if (doc) out.push(doc);
  }
  return out;
}

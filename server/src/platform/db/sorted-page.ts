import mongoose from 'mongoose';
import { type SqlPageQuery, sqlPage } from './sql-reads.js';

type Scalar = SqlPageQuery['equals'][string];

export interface SortedPageOptions {
  /** Top-level equality filters (what an index serves). */
  equals?: Record<string, Scalar>;
  /** Top-level "any of these values" filters. */
  oneOf?: Record<string, readonly Scalar[]>;
  /** Case-insensitive substring over any of these top-level string fields. */
  contains?: { fields: readonly string[]; text: string } | undefined;
  /** One field; ties are broken by `_id` in the same direction. */
  sort: { field: string; descending: boolean };
  skip: number;
  limit: number;
}

/** What this needs of a mongoose model (any model's documents, read as plain objects). */
interface ListModel {
  collection: { collectionName: string };
  find(filter: object): {
    sort(by: Record<string, 1 | -1>): { skip(n: number): { limit(n: number): { lean<R>(): Promise<R> } } };
  };
  countDocuments(filter: object): Promise<number>;
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One page of a model's documents in a stable order, and how many there are in all: the shape of
 * every list in the API. On FerretDB over PostgreSQL the page and the count are two SQL queries
 * (`sql-reads.ts`; the documents decoded from FerretDB's stored JSON, which a test compares with
 * the driver's reading); elsewhere (MongoDB, FerretDB on SQLite) it is one ordinary sorted query
 * and a count.
 */
export async function sortedPage<T>(model: ListModel, opts: SortedPageOptions): Promise<{ items: T[]; total: number }> {
  const equals = opts.equals ?? {};
  const fromSql = await sqlPage({
    collection: model.collection.collectionName,
    equals,
    oneOf: opts.oneOf,
    contains: opts.contains,
    sortField: opts.sort.field,
    descending: opts.sort.descending,
    skip: opts.skip,
    limit: opts.limit,
  });
  if (fromSql) return { items: fromSql.docs as T[], total: fromSql.total };
  const filter: Record<string, unknown> = { ...equals };
  for (const [name, values] of Object.entries(opts.oneOf ?? {})) filter[name] = mongoose.trusted({ $in: [...values] });
  if (opts.contains?.text) {
    const pattern = escapeRegex(opts.contains.text);
    filter.$or = opts.contains.fields.map((f) => ({ [f]: mongoose.trusted({ $regex: pattern, $options: 'i' }) }));
  }
  const dir = opts.sort.descending ? -1 : 1;
  const [items, total] = await Promise.all([
    model
      .find(filter)
      .sort({ [opts.sort.field]: dir, _id: dir })
      .skip(opts.skip)
      .limit(opts.limit)
      .lean<T[]>(),
    model.countDocuments(filter),
  ]);
  return { items, total };
}

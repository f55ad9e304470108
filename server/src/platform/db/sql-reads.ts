import mongoose from 'mongoose';
import pg from 'pg';
import { decodeSjsonDocument } from './sjson.js';

/**
 * Sorted, paginated reads straight from the PostgreSQL under FerretDB.
 *
 * FerretDB 1.24 pushes down only equality filters: a sort, a skip and a count are done in Go after
 * reading and decoding every matching document (an admin's user list at 200,000 accounts read all
 * 200,000 to show 20). PostgreSQL can answer "which ids, in this order, this page, how many" from
 * the btree indexes FerretDB already creates for the models' declared indexes, on the same
 * `(_jsonb->'field')` expressions. So for lists the app asks PostgreSQL for the page's ids and
 * then FerretDB for those documents by `_id`; everything written still goes through FerretDB.
 *
 * The layout read here is FerretDB 1.24's (pinned in tools/ferretdb): each database is a schema,
 * `_ferretdb_database_metadata` maps collections to tables, documents are JSON in `_jsonb` with
 * ObjectIds as hex strings and dates as milliseconds.
 */
let pool: pg.Pool | null = null;
let schema = '';
const tables = new Map<string, Promise<string | null>>();

/** Reads from PostgreSQL at `url` for the database `dbName`; no URL turns SQL reads off. */
export function useSqlReads(url: string | undefined, dbName: string): void {
  if (!url) return;
  pool = new pg.Pool({ connectionString: url, max: 8, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
  // A dying PostgreSQL closes idle clients with an error event; the next query reconnects.
  pool.on('error', () => undefined);
  schema = dbName;
  tables.clear();
}

export async function closeSqlReads(): Promise<void> {
  const closing = pool;
  pool = null;
  tables.clear();
  await closing?.end();
}

export const sqlReadsAvailable = () => pool !== null;

type Scalar = string | number | boolean | Date | mongoose.Types.ObjectId;

/** A value as FerretDB stores it in `_jsonb`, for an exact jsonb comparison. */
function stored(value: Scalar): string {
  if (value instanceof mongoose.Types.ObjectId) return JSON.stringify(value.toHexString());
  if (value instanceof Date) return JSON.stringify(value.getTime());
  return JSON.stringify(value);
}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const field = (name: string) => `(_jsonb->'${name.replaceAll("'", "''")}')`;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

async function tableOf(collection: string): Promise<string | null> {
  const p = pool;
  if (!p) return null;
  let table = tables.get(collection);
  if (!table) {
    table = p
      .query<{ table: string }>(
        `SELECT _jsonb->>'table' AS table FROM ${ident(schema)}._ferretdb_database_metadata WHERE _jsonb->>'_id' = $1`,
        [collection],
      )
      .then((r) => r.rows[0]?.table ?? null)
      .catch(() => null);
    table.then((t) => {
      // A collection that does not exist yet is looked up again next time.
      if (t === null) tables.delete(collection);
    });
    tables.set(collection, table);
  }
  return table;
}

export interface SqlPageQuery {
  collection: string;
  /** Top-level equality only. */
  equals: Record<string, Scalar>;
  /** Top-level "any of these values". */
  oneOf?: Record<string, readonly Scalar[]> | undefined;
  /** Case-insensitive substring over any of these top-level string fields. */
  contains?: { fields: readonly string[]; text: string } | undefined;
  sortField: string;
  descending: boolean;
  skip: number;
  limit: number;
}

/**
 * One page of ids in the requested order (ties broken by `_id` the same way) and the total, or
 * null when SQL reads are off or the query is not one this can answer (the caller then asks
 * FerretDB). Missing fields sort first ascending and last descending, as MongoDB does.
 */
export async function sqlPage(q: SqlPageQuery): Promise<{ docs: Record<string, unknown>[]; total: number } | null> {
  const p = pool;
  if (!p) return null;
  if (!FIELD_NAME.test(q.sortField)) return null;
  const where = await whereOf(q);
  if (where === null) return null;
  if (where === 'no table') return { docs: [], total: 0 };
  const dir = q.descending ? 'DESC NULLS LAST' : 'ASC NULLS FIRST';
  const page = `SELECT _jsonb AS doc FROM ${where.from} ORDER BY ${field(q.sortField)} ${dir}, ${field('_id')} ${q.descending ? 'DESC' : 'ASC'} LIMIT ${Math.max(0, Math.floor(q.limit))} OFFSET ${Math.max(0, Math.floor(q.skip))}`;
  const count = `SELECT count(*)::int AS n FROM ${where.from}`;
  const [rows, total] = await Promise.all([
    p.query<{ doc: Record<string, unknown> }>(page, where.params),
    p.query<{ n: number }>(count, where.params),
  ]);
  return { docs: rows.rows.map((r) => decodeSjsonDocument(r.doc)), total: total.rows[0]?.n ?? 0 };
}

/**
 * How many documents match, by the values of `groupBy` (`SELECT …, count(*) GROUP BY …`): one
 * index read where FerretDB would decode every match. Null when SQL reads are off; values come as
 * FerretDB stores them (ObjectIds as hex strings).
 */
export async function sqlCountBy(
  q: Pick<SqlPageQuery, 'collection' | 'equals' | 'oneOf'> & { groupBy: readonly string[] },
): Promise<{ key: unknown[]; n: number }[] | null> {
  const p = pool;
  if (!p || !q.groupBy.every((n) => FIELD_NAME.test(n))) return null;
  const where = await whereOf(q);
  if (where === null) return null;
  if (where === 'no table') return [];
  const columns = q.groupBy.map((g, i) => `${field(g)} AS k${i}`).join(', ');
  const groups = q.groupBy.map((_, i) => String(i + 1)).join(', ');
  const { rows } = await p.query<Record<string, unknown>>(
    `SELECT ${columns}, count(*)::int AS n FROM ${where.from} GROUP BY ${groups}`,
    where.params,
  );
  return rows.map((r) => ({ key: q.groupBy.map((_, i) => r[`k${i}`]), n: Number(r.n) }));
}

/** `FROM table WHERE …` and its parameters; null when a name is not a plain field name. */
async function whereOf(
  q: Pick<SqlPageQuery, 'collection' | 'equals' | 'oneOf' | 'contains'>,
): Promise<{ from: string; params: unknown[] } | 'no table' | null> {
  const names = [...Object.keys(q.equals), ...Object.keys(q.oneOf ?? {}), ...(q.contains?.fields ?? [])];
  if (!names.every((n) => FIELD_NAME.test(n))) return null;
  const table = await tableOf(q.collection);
  if (table === null) return pool ? 'no table' : null;
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [name, value] of Object.entries(q.equals)) {
    params.push(stored(value));
    where.push(`${field(name)} = $${params.length}::jsonb`);
  }
  for (const [name, values] of Object.entries(q.oneOf ?? {})) {
    params.push(values.map(stored));
    where.push(`${field(name)} = ANY($${params.length}::jsonb[])`);
  }
  if (q.contains?.text) {
    params.push(`%${q.contains.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const at = params.length;
    where.push(`(${q.contains.fields.map((f) => `_jsonb->>'${f}' ILIKE $${at}`).join(' OR ')})`);
  }
  const from = `${ident(schema)}.${ident(table)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  return { from, params };
}

/**
 * Every stored document of a collection, in batches in `_id` order (keyset pages on FerretDB's
 * `_id` index), decoded here from FerretDB's JSON. Only when `sqlReadsAvailable()`.
 */
export async function* sqlScan(
  collection: string,
  batchSize: number,
  fields?: readonly string[],
): AsyncGenerator<Record<string, unknown>[], void, undefined> {
  const p = pool;
  if (!p) throw new Error('SQL reads are off');
  if (fields && !fields.every((f) => FIELD_NAME.test(f))) throw new Error('field names only');
  const table = await tableOf(collection);
  if (table === null) return;
  const from = `${ident(schema)}.${ident(table)}`;
  // Whole documents: trimming them in SQL (jsonb_build_object per field) cost PostgreSQL more than
  // it saved here (measured: profiles 5,000/s whole, 3,000/s trimmed). Only the fields asked for
  // are decoded.
  const doc = '_jsonb';
  const only = fields ? new Set(['_id', ...fields]) : undefined;
  const page = (last: unknown) => {
    const query = p.query<{ doc: Record<string, unknown>; id: unknown }>(
      last === undefined
        ? `SELECT ${doc} AS doc, _jsonb->'_id' AS id FROM ${from} ORDER BY _jsonb->'_id' LIMIT ${batchSize}`
        : `SELECT ${doc} AS doc, _jsonb->'_id' AS id FROM ${from} WHERE _jsonb->'_id' > $1::jsonb ORDER BY _jsonb->'_id' LIMIT ${batchSize}`,
      last === undefined ? [] : [JSON.stringify(last)],
    );
    // A reader that stops early leaves the prefetched page unread: its failure must not go unhandled.
    query.catch(() => undefined);
    return query;
  };
  let pending = page(undefined);
  for (;;) {
    const { rows } = await pending;
    if (rows.length === 0) return;
    // The next page is asked for before this one is decoded: PostgreSQL works while this process does.
    const more = rows.length === batchSize;
    if (more) pending = page(rows[rows.length - 1]?.id);
    yield rows.map((r) => decodeSjsonDocument(r.doc, only));
    if (!more) return;
  }
}

/**
 * The stored documents with these string `_id`s, in one query served by FerretDB's `_id` index
 * (where FerretDB itself would scan the whole collection for `$in`), decoded here. Null when SQL
 * reads are off: the caller then looks each one up through FerretDB.
 */
export async function sqlFindByIds(
  collection: string,
  ids: readonly string[],
): Promise<Record<string, unknown>[] | null> {
  const p = pool;
  if (!p) return null;
  if (ids.length === 0) return [];
  const table = await tableOf(collection);
  if (table === null) return pool ? [] : null;
  const rows = await p.query<{ doc: Record<string, unknown> }>(
    `SELECT _jsonb AS doc FROM ${ident(schema)}.${ident(table)} WHERE _jsonb->'_id' = ANY($1::jsonb[])`,
    [ids.map((id) => JSON.stringify(id))],
  );
  return rows.rows.map((r) => decodeSjsonDocument(r.doc));
}

/**
 * Waits until the FerretDB wrapper has built every index it wants (it looks every 2 s and builds
 * concurrently): a seeded or migrated database is then fully indexed before the app serves from
 * it. Returns at once when SQL reads are off.
 */
export async function waitForIndexBuilds(timeoutMs = 15 * 60_000): Promise<void> {
  const p = pool;
  if (!p) return;
  const end = Date.now() + timeoutMs;
  let quietRounds = 0;
  while (quietRounds < 2) {
    if (Date.now() > end) throw new Error('index builds did not finish in time');
    const { rows } = await p.query<{ building: number; invalid: number }>(`
      SELECT (SELECT count(*) FROM pg_stat_progress_create_index)::int AS building,
             (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
               WHERE NOT i.indisvalid AND c.relname LIKE 'shsw\\_%')::int AS invalid`);
    const busy = (rows[0]?.building ?? 0) + (rows[0]?.invalid ?? 0) > 0;
    quietRounds = busy ? 0 : quietRounds + 1;
    await new Promise((r) => setTimeout(r, 2_500));
  }
}

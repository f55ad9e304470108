import mongoose from 'mongoose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// The FerretDB wrapper keeps, beside FerretDB's own btree indexes, a GIN index for each declared
// field (FerretDB filters with `@>`) and a btree with MongoDB's order of missing values (lists are
// paged in SQL). Without them every filtered read scans its table: this checks they appear.

const postgresUrl = inject('postgresUrl');
const noteSchema = new mongoose.Schema(
  { owner: mongoose.Schema.Types.ObjectId, at: Date, text: String },
  { collection: 'embedded_index_notes', versionKey: false },
);
noteSchema.index({ owner: 1, at: -1 });
const Note = mongoose.models.EmbeddedIndexNote ?? mongoose.model('EmbeddedIndexNote', noteSchema);

let app: TestApp;
let client: pg.Client;
beforeAll(async () => {
  if (!postgresUrl) return;
  app = await startTestApp();
  await Note.createIndexes();
  client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await app?.close();
});

async function indexesOf(schema: string, collection: string): Promise<{ name: string; def: string; valid: boolean }[]> {
  const table = await client.query<{ t: string }>(
    `SELECT _jsonb->>'table' AS t FROM "${schema}"._ferretdb_database_metadata WHERE _jsonb->>'_id' = $1`,
    [collection],
  );
  const name = table.rows[0]?.t;
  if (!name) return [];
  const rows = await client.query<{ name: string; def: string; valid: boolean }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def, i.indisvalid AS valid
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
       JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = $1 AND t.relname = $2`,
    [schema, name],
  );
  return rows.rows;
}

describe.skipIf(!postgresUrl)('indexes on the embedded PostgreSQL', () => {
  it('when a model declares an index, then PostgreSQL gets a GIN index per field and a sort index in MongoDB order', async () => {
    let indexes: { name: string; def: string; valid: boolean }[] = [];
    // The wrapper looks every two seconds; building is quick on a small table.
    for (let i = 0; i < 300; i += 1) {
      indexes = await indexesOf(app.dbName, 'embedded_index_notes');
      const ready = indexes.filter((x) => x.valid && /^shsw_(gin|sort)_/.test(x.name));
      if (ready.length >= 4) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const defs = indexes.filter((x) => x.valid).map((x) => x.def);
    // pg_get_indexdef writes `USING gin (((_jsonb -> 'owner'::text)))`; compare without the brackets.
    const flat = defs.map((d) => d.replace(/[()]/g, ''));
    for (const field of ['_id', 'owner', 'at']) {
      expect(flat.some((d) => d.includes(`USING gin _jsonb -> '${field}'::text`))).toBe(true);
    }
    expect(
      flat.some((d) =>
        d.includes("USING btree _jsonb -> 'owner'::text NULLS FIRST, _jsonb -> 'at'::text DESC NULLS LAST"),
      ),
    ).toBe(true);
  });
});

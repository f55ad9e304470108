import mongoose from 'mongoose';
import { emptyCollection } from '../../platform/db/bulk-delete.js';
import { readAll } from '../../platform/db/bulk-read.js';
import type { SearchDocument } from '../../platform/search/index.js';
import type { ProfileDoc } from '../profiles/index.js';
import { talentDocument } from './search-indexes.js';

/**
 * Bump when the shape of search documents changes: a projection of another version is rebuilt
 * from the source records instead of being loaded.
 */
export const PROJECTION_VERSION = 2;

const docSchema = new mongoose.Schema(
  { _id: { type: String, required: true }, body: { type: String, required: true } },
  { versionKey: false },
);
const docModels = {
  positions: mongoose.model('SearchDocsPositions', docSchema, 'search_docs_positions'),
  talent: mongoose.model('SearchDocsTalent', docSchema, 'search_docs_talent'),
};
const metaSchema = new mongoose.Schema(
  { _id: String, version: Number, complete: Boolean, count: Number, builtAt: Date },
  { versionKey: false, collection: 'search_projection_meta' },
);
const Meta = mongoose.model('SearchProjectionMeta', metaSchema);

/**
 * The search documents, persisted: one JSON string per document, which the embedded database
 * reads back an order of magnitude faster than the nested source records (FerretDB decodes
 * ~1,300 two-kilobyte talent records a second, but ~17,000 flat ones). The in-process engine
 * restarts from it; the source records rebuild it when it is missing, stale or of another version.
 */
export class SearchProjection {
  private readonly model: (typeof docModels)['talent'];

  constructor(readonly index: keyof typeof docModels) {
    this.model = docModels[index];
  }

  async write(upserts: readonly SearchDocument[], deletes: readonly string[]): Promise<void> {
    const ops = [
      ...upserts.map((d) => ({
        replaceOne: { filter: { _id: d.id }, replacement: { _id: d.id, body: JSON.stringify(d) }, upsert: true },
      })),
      ...deletes.map((id) => ({ deleteOne: { filter: { _id: id } } })),
    ];
    if (ops.length > 0) await this.model.bulkWrite(ops, { ordered: false });
  }

  /**
   * Usable when its last build completed, at this version, and nothing has written records
   * behind the outbox's back since (bulk loads call `invalidateProjections`). Counting records to
   * check would cost a full decode of the collection on FerretDB.
   */
  async usable(): Promise<boolean> {
    const meta = await Meta.findById(this.index).lean<{ version: number; complete: boolean }>();
    return Boolean(meta?.complete) && meta?.version === PROJECTION_VERSION;
  }

  async *read(batchSize: number): AsyncGenerator<SearchDocument[]> {
    for await (const rows of readAll<{ body: string }>(this.model, batchSize)) {
      yield rows.map((row) => JSON.parse(row.body) as SearchDocument);
    }
  }

  /** Starts a rebuild from the source: until `complete()`, the projection is not loaded. */
  async reset(): Promise<void> {
    await Meta.updateOne(
      { _id: this.index },
      { $set: { complete: false, version: PROJECTION_VERSION } },
      { upsert: true },
    );
    await emptyCollection(this.model);
  }

  async insertMany(docs: readonly SearchDocument[]): Promise<void> {
    if (docs.length > 0)
      await this.model.insertMany(
        docs.map((d) => ({ _id: d.id, body: JSON.stringify(d) })),
        { ordered: false },
      );
  }

  async complete(count: number): Promise<void> {
    await Meta.updateOne(
      { _id: this.index },
      { $set: { complete: true, version: PROJECTION_VERSION, count, builtAt: new Date() } },
      { upsert: true },
    );
  }
}

/** For bulk writers that bypass the outbox (the demo seed): the next start rebuilds from the records. */
export async function invalidateProjections(): Promise<void> {
  await Meta.updateMany({}, { $set: { complete: false } });
}

/**
 * For the demo seed, which bulk-loads an empty database: the talent projection written alongside
 * the records, through the same `talentDocument` the outbox uses, so the first start loads it
 * instead of decoding every nested record (22 minutes at 200,000 records on FerretDB). Call
 * `complete` after `invalidateProjections`.
 */
export function seedTalentProjection() {
  const projection = new SearchProjection('talent');
  let count = 0;
  return {
    reset: () => projection.reset(),
    async add(profiles: readonly ProfileDoc[]): Promise<void> {
      await projection.insertMany(profiles.map(talentDocument));
      count += profiles.length;
    },
    complete: () => projection.complete(count),
  };
}

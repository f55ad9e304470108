import mongoose from 'mongoose';
import { atMost } from '../../platform/db/selectors.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import { type SearchDocument, type SearchEngine, SearchUnavailableError } from '../../platform/search/index.js';
import { organisationsByIds } from '../organisations/index.js';
import { type PositionDoc, PositionModel, type PositionsService, positionsByIds } from '../positions/index.js';
import { type ProfileDoc, ProfileModel, profilesByIds } from '../profiles/index.js';
import {
  POSITIONS_INDEX,
  positionDocument,
  positionsIndex,
  TALENT_INDEX,
  talentDocument,
  talentIndex,
} from './search-indexes.js';
import { SearchProjection } from './search-projection.js';

type IndexName = typeof POSITIONS_INDEX | typeof TALENT_INDEX;

/**
 * Append-only: every change inserts its own entry, and the drain deletes exactly the entries it
 * read. (A single counter entry per document, bumped on change and deleted when applied, loses
 * changes on FerretDB, where an upsert racing a delete of the same document can vanish.)
 */
const outboxSchema = new mongoose.Schema(
  {
    index: String,
    docId: String,
    attempts: { type: Number, default: 0 },
    nextAttemptAt: Date,
    lastError: { type: String, default: null },
    createdAt: Date,
  },
  { versionKey: false, collection: 'search_outbox' },
);
outboxSchema.index({ nextAttemptAt: 1 });
export const SearchOutbox = mongoose.model('SearchOutbox', outboxSchema);

interface OutboxEntry {
  _id: mongoose.Types.ObjectId;
  index: IndexName;
  docId: string;
  attempts: number;
}

const BATCH = 500;
const READ_BATCH = 2_000;
const backoffMs = (attempts: number) => Math.min(60_000, 1_000 * 2 ** Math.min(attempts, 6));

/**
 * Keeps the search engine in step with MongoDB, the source of truth. Every searchable write
 * records an outbox entry (through domain events); the drain applies entries by reading each
 * document's *current* state — so an older change can never overwrite a newer one, and a change
 * after a delete finds nothing and deletes again. Engine down: entries wait with backoff, writes
 * keep succeeding, and the backlog drains when the engine returns.
 */
export class SearchSync {
  private draining: Promise<void> | null = null;
  private again = false;
  private scheduled = false;
  private lastFailure: string | null = null;
  private readyFlag = false;
  /** The last rebuild: counts, time and where each index was read from. */
  lastBuild: { positions: number; talent: number; ms: number; from: string } | null = null;
  private readonly projections = {
    [POSITIONS_INDEX]: new SearchProjection(POSITIONS_INDEX),
    [TALENT_INDEX]: new SearchProjection(TALENT_INDEX),
  };

  constructor(
    private readonly engine: SearchEngine,
    private readonly positions: PositionsService,
    private readonly log: Logger,
  ) {}

  get ready(): boolean {
    return this.readyFlag;
  }

  /** Healthy when the engine answers and the last drain did not fail. */
  async healthy(): Promise<boolean> {
    if (!this.readyFlag || this.lastFailure) return false;
    return this.engine.health();
  }

  subscribe(events: DomainEventBus): void {
    events.on('profile.changed', ({ profileId }) => this.enqueue(TALENT_INDEX, [profileId]));
    events.on('profile.deleted', ({ profileId }) => this.enqueue(TALENT_INDEX, [profileId]));
    events.on('position.status_changed', ({ positionId }) => this.enqueue(POSITIONS_INDEX, [positionId]));
    events.on('position.changed', ({ positionId }) => this.enqueue(POSITIONS_INDEX, [positionId]));
    const orgPositions = async ({ orgId }: { orgId: string }) => {
      const ids = await PositionModel.find({ orgId, status: 'open' }, { _id: 1 }).lean<{ _id: unknown }[]>();
      await this.enqueue(
        POSITIONS_INDEX,
        ids.map((p) => String(p._id)),
      );
    };
    events.on('organisation.updated', orgPositions);
    events.on('organisation.verification_decided', orgPositions);
    events.on('salary_guidance.changed', async () => {
      const ids = await PositionModel.find({ status: 'open' }, { _id: 1 }).lean<{ _id: unknown }[]>();
      await this.enqueue(
        POSITIONS_INDEX,
        ids.map((p) => String(p._id)),
      );
    });
  }

  async enqueue(index: IndexName, docIds: readonly string[]): Promise<void> {
    if (docIds.length === 0) return;
    const now = new Date();
    await SearchOutbox.insertMany(
      docIds.map((docId) => ({ index, docId, attempts: 0, nextAttemptAt: now, lastError: null, createdAt: now })),
      { ordered: false },
    );
    this.kick();
  }

  /** Drains soon, once, however many changes arrive in the same turn. */
  kick(): void {
    if (this.scheduled || !this.readyFlag) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  /** Applies every due entry; resolves when the backlog is empty or the engine failed. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          while (await this.drainBatch()) {
            // keep going while full batches come back
          }
        } while (this.again);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async drainBatch(): Promise<boolean> {
    const due = await SearchOutbox.find({ nextAttemptAt: atMost(new Date()) })
      .sort({ nextAttemptAt: 1 })
      .limit(BATCH)
      .lean<OutboxEntry[]>();
    if (due.length === 0) return false;
    try {
      for (const index of [POSITIONS_INDEX, TALENT_INDEX] as const) {
        // Several changes to one document collapse: its current state is read once.
        const ids = [...new Set(due.filter((e) => e.index === index).map((e) => e.docId))];
        if (ids.length > 0) await this.apply(index, ids);
      }
      this.lastFailure = null;
    } catch (err) {
      this.lastFailure = err instanceof Error ? err.message : String(err);
      const unavailable = err instanceof SearchUnavailableError;
      if (!unavailable) this.log.error({ err }, 'search sync failed');
      await SearchOutbox.bulkWrite(
        due.map((e) => ({
          updateOne: {
            filter: { _id: e._id },
            update: {
              $set: { nextAttemptAt: new Date(Date.now() + backoffMs(e.attempts)), lastError: this.lastFailure },
              $inc: { attempts: 1 },
            },
          },
        })),
        { ordered: false },
      );
      return false;
    }
    // Remove exactly the entries read; a change that arrived meanwhile has its own entry.
    await SearchOutbox.bulkWrite(
      due.map((e) => ({ deleteOne: { filter: { _id: e._id } } })),
      { ordered: false },
    );
    return due.length === BATCH;
  }

  /** Reads the current state of the documents and upserts the searchable ones, deleting the rest. */
  private async apply(index: IndexName, ids: readonly string[]): Promise<void> {
    const valid = ids.filter((id) => mongoose.isValidObjectId(id));
    const docs =
      index === TALENT_INDEX
        ? (await profilesByIds(valid)).map(talentDocument)
        : await this.positionDocuments((await positionsByIds(valid)).filter((p) => p.status === 'open'));
    const found = new Set(docs.map((d) => d.id));
    const gone = ids.filter((id) => !found.has(id));
    // The projection first: if the engine then fails, a restart still loads the current state.
    await this.projections[index].write(docs, gone);
    if (docs.length > 0) await this.engine.upsert(index, docs);
    if (gone.length > 0) await this.engine.delete(index, gone);
  }

  private async positionDocuments(positions: readonly PositionDoc[]) {
    const orgIds = [...new Set(positions.map((p) => String(p.orgId)))];
    const orgs = new Map((await organisationsByIds(orgIds)).map((o) => [String(o._id), o]));
    const docs = [];
    for (const p of positions) {
      const org = orgs.get(String(p.orgId));
      if (org?.status !== 'verified') continue;
      const comparison = await this.positions.comparison(p);
      docs.push(positionDocument(p, org, comparison?.belowLow ?? false));
    }
    return docs;
  }

  /**
   * Builds both indexes. `source` reads every record from MongoDB and rewrites the stored
   * projection (`npm run reindex`, or when the projection is not usable); `projection` (the
   * in-process engine's start-up) loads the stored search documents when they are complete and
   * current. Search answers 503 until it is done.
   */
  async rebuild(
    from: 'source' | 'projection' = 'source',
  ): Promise<{ positions: number; talent: number; ms: number; from: string }> {
    const started = Date.now();
    this.readyFlag = false;
    await this.engine.ensureIndex(positionsIndex);
    await this.engine.ensureIndex(talentIndex);
    await this.engine.clear(POSITIONS_INDEX);
    await this.engine.clear(TALENT_INDEX);
    const profiles = await ProfileModel.estimatedDocumentCount();
    const useTalent = from === 'projection' && (await this.projections[TALENT_INDEX].usable(profiles));
    const usePositions = from === 'projection' && (await this.projections[POSITIONS_INDEX].usable());
    // Entries already waiting are covered by what is read now; newer ones arrive after this point.
    if (!useTalent && !usePositions) await SearchOutbox.deleteMany({});

    const talent = useTalent ? await this.loadProjection(TALENT_INDEX) : await this.talentFromSource();
    const positions = usePositions ? await this.loadProjection(POSITIONS_INDEX) : await this.positionsFromSource();
    this.readyFlag = true;
    this.lastFailure = null;
    // Changes that arrived while reading are in the outbox; apply them before reporting done.
    await SearchOutbox.updateMany({}, { $set: { nextAttemptAt: new Date() } });
    await this.drain();
    const source = [
      useTalent ? 'talent: projection' : 'talent: source',
      usePositions ? 'positions: projection' : 'positions: source',
    ];
    this.lastBuild = { positions, talent, ms: Date.now() - started, from: source.join(', ') };
    return this.lastBuild;
  }

  private async loadProjection(index: IndexName): Promise<number> {
    let count = 0;
    for await (const batch of this.projections[index].read(READ_BATCH)) {
      await this.engine.upsert(index, batch);
      count += batch.length;
    }
    return count;
  }

  private async talentFromSource(): Promise<number> {
    const projection = this.projections[TALENT_INDEX];
    await projection.reset();
    let count = 0;
    let batch: ProfileDoc[] = [];
    const flush = async () => {
      const docs = batch.map(talentDocument);
      await this.engine.upsert(TALENT_INDEX, docs);
      await projection.insertMany(docs);
      count += docs.length;
      batch = [];
    };
    for await (const profile of ProfileModel.find().lean<ProfileDoc>().cursor({ batchSize: READ_BATCH })) {
      batch.push(profile as ProfileDoc);
      if (batch.length === READ_BATCH) await flush();
    }
    await flush();
    await projection.complete(count);
    return count;
  }

  private async positionsFromSource(): Promise<number> {
    const projection = this.projections[POSITIONS_INDEX];
    await projection.reset();
    const docs = await this.positionDocuments(await PositionModel.find({ status: 'open' }).lean<PositionDoc[]>());
    for (let i = 0; i < docs.length; i += READ_BATCH) {
      const slice = docs.slice(i, i + READ_BATCH);
      await this.engine.upsert(POSITIONS_INDEX, slice);
      await projection.insertMany(slice);
    }
    await projection.complete(docs.length);
    return docs.length;
  }

  /** The search document of an open position of a verified organisation, or null. */
  async positionDocument(positionId: string): Promise<SearchDocument | null> {
    const positions = (await positionsByIds([positionId])).filter((p) => p.status === 'open');
    return (await this.positionDocuments(positions))[0] ?? null;
  }

  /** For a persistent engine (Meilisearch): make sure the indexes exist and resume draining. */
  async resume(): Promise<void> {
    await this.engine.ensureIndex(positionsIndex);
    await this.engine.ensureIndex(talentIndex);
    this.readyFlag = true;
    await this.drain();
  }

  /** Retries everything now (the engine is back): clears the backoff and drains. */
  async resumeNow(): Promise<void> {
    await SearchOutbox.updateMany({}, { $set: { nextAttemptAt: new Date() } });
    this.lastFailure = null;
    await this.drain();
  }

  /** The scheduled job: drain, and when the engine has come back after a failure, retry at once. */
  async tick(): Promise<void> {
    if (!this.readyFlag) return;
    if (this.lastFailure && (await this.engine.health())) await this.resumeNow();
    else await this.drain();
  }

  async backlog(): Promise<number> {
    return SearchOutbox.countDocuments();
  }
}

import mongoose from 'mongoose';
import { atMost } from '../../platform/db/selectors.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import { type SearchEngine, SearchUnavailableError } from '../../platform/search/index.js';
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

type IndexName = typeof POSITIONS_INDEX | typeof TALENT_INDEX;

/**
 * One pending entry per document (the _id is `index:docId`): repeated changes collapse, so the
 * backlog is bounded by the number of documents, not of writes.
 */
const outboxSchema = new mongoose.Schema(
  {
    _id: String,
    index: String,
    docId: String,
    /** Bumped on every enqueue; an entry is removed only if no newer change arrived meanwhile. */
    seq: { type: Number, default: 0 },
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
  _id: string;
  index: IndexName;
  docId: string;
  seq: number;
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
    await SearchOutbox.bulkWrite(
      docIds.map((docId) => ({
        updateOne: {
          filter: { _id: `${index}:${docId}` },
          update: {
            $set: { index, docId, nextAttemptAt: now },
            $inc: { seq: 1 },
            $setOnInsert: { attempts: 0, createdAt: now, lastError: null },
          },
          upsert: true,
        },
      })),
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
        const ids = due.filter((e) => e.index === index).map((e) => e.docId);
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
    // Remove what was applied, unless a newer change to the same document arrived meanwhile.
    await SearchOutbox.bulkWrite(
      due.map((e) => ({ deleteOne: { filter: { _id: e._id, seq: e.seq } } })),
      { ordered: false },
    );
    return due.length === BATCH;
  }

  /** Reads the current state of the documents and upserts the searchable ones, deleting the rest. */
  private async apply(index: IndexName, ids: readonly string[]): Promise<void> {
    const valid = ids.filter((id) => mongoose.isValidObjectId(id));
    if (index === TALENT_INDEX) {
      const profiles = await profilesByIds(valid);
      const found = new Set(profiles.map((p) => String(p._id)));
      if (profiles.length > 0) await this.engine.upsert(TALENT_INDEX, profiles.map(talentDocument));
      const gone = ids.filter((id) => !found.has(id));
      if (gone.length > 0) await this.engine.delete(TALENT_INDEX, gone);
      return;
    }
    const positions = (await positionsByIds(valid)).filter((p) => p.status === 'open');
    const docs = await this.positionDocuments(positions);
    const found = new Set(docs.map((d) => d.id));
    if (docs.length > 0) await this.engine.upsert(POSITIONS_INDEX, docs);
    const gone = ids.filter((id) => !found.has(id));
    if (gone.length > 0) await this.engine.delete(POSITIONS_INDEX, gone);
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
   * Rebuilds both indexes from MongoDB (start-up for the in-process engine, `npm run reindex`).
   * Search answers 503 until it is done.
   */
  async rebuild(): Promise<{ positions: number; talent: number; ms: number }> {
    const started = Date.now();
    this.readyFlag = false;
    await this.engine.ensureIndex(positionsIndex);
    await this.engine.ensureIndex(talentIndex);
    await this.engine.clear(POSITIONS_INDEX);
    await this.engine.clear(TALENT_INDEX);
    // Whatever was pending is covered by reading everything now.
    await SearchOutbox.deleteMany({});

    let talent = 0;
    let batch: ProfileDoc[] = [];
    for await (const profile of ProfileModel.find().lean<ProfileDoc>().cursor({ batchSize: READ_BATCH })) {
      batch.push(profile as ProfileDoc);
      if (batch.length === READ_BATCH) {
        await this.engine.upsert(TALENT_INDEX, batch.map(talentDocument));
        talent += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) await this.engine.upsert(TALENT_INDEX, batch.map(talentDocument));
    talent += batch.length;

    const open = await PositionModel.find({ status: 'open' }).lean<PositionDoc[]>();
    const docs = await this.positionDocuments(open);
    for (let i = 0; i < docs.length; i += READ_BATCH)
      await this.engine.upsert(POSITIONS_INDEX, docs.slice(i, i + READ_BATCH));
    this.readyFlag = true;
    this.lastFailure = null;
    this.kick();
    return { positions: docs.length, talent, ms: Date.now() - started };
  }

  /** For a persistent engine (Meilisearch): make sure the indexes exist and resume draining. */
  async resume(): Promise<void> {
    await this.engine.ensureIndex(positionsIndex);
    await this.engine.ensureIndex(talentIndex);
    this.readyFlag = true;
    this.kick();
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

import mongoose from 'mongoose';
import { readAhead, readAll } from '../../platform/db/bulk-read.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import { Outbox } from '../../platform/jobs/outbox.js';
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

const READ_BATCH = 2_000;

/**
 * Keeps the search engine in step with MongoDB, the source of truth. Every searchable write
 * records an outbox entry (through domain events); the drain applies entries by reading each
 * document's *current* state — so an older change can never overwrite a newer one, and a change
 * after a delete finds nothing and deletes again. Engine down: entries wait with backoff, writes
 * keep succeeding, and the backlog drains when the engine returns.
 */
export class SearchSync {
  private readyFlag = false;
  readonly outbox: Outbox;
  /** The last rebuild: counts, time and where each index was read from. */
  lastBuild: { positions: number; talent: number; ms: number; from: string } | null = null;
  private readonly projections = {
    [POSITIONS_INDEX]: new SearchProjection(POSITIONS_INDEX),
    [TALENT_INDEX]: new SearchProjection(TALENT_INDEX),
  };

  constructor(
    private readonly engine: SearchEngine,
    private readonly positions: PositionsService,
    log: Logger,
  ) {
    this.outbox = new Outbox('search_outbox', (kind, ids) => this.apply(kind as IndexName, ids), {
      log,
      expected: (err) => err instanceof SearchUnavailableError,
    });
  }

  get ready(): boolean {
    return this.readyFlag;
  }

  /** Healthy when the engine answers and the last drain did not fail. */
  async healthy(): Promise<boolean> {
    if (!this.readyFlag || this.outbox.lastFailure) return false;
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

  enqueue(index: IndexName, docIds: readonly string[]): Promise<void> {
    return this.outbox.enqueue(index, docIds);
  }

  drain(): Promise<void> {
    return this.outbox.drain();
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
    const useTalent = from === 'projection' && (await this.projections[TALENT_INDEX].usable());
    const usePositions = from === 'projection' && (await this.projections[POSITIONS_INDEX].usable());
    // Entries already waiting are covered by what is read now; newer ones arrive after this point.
    this.outbox.disable();
    if (!useTalent && !usePositions) await this.outbox.clear();

    const talent = useTalent ? await this.loadProjection(TALENT_INDEX) : await this.talentFromSource();
    const positions = usePositions ? await this.loadProjection(POSITIONS_INDEX) : await this.positionsFromSource();
    this.readyFlag = true;
    this.outbox.enable();
    // Changes that arrived while reading are in the outbox; apply them before reporting done.
    await this.outbox.resumeNow();
    const source = [
      useTalent ? 'talent: projection' : 'talent: source',
      usePositions ? 'positions: projection' : 'positions: source',
    ];
    this.lastBuild = { positions, talent, ms: Date.now() - started, from: source.join(', ') };
    return this.lastBuild;
  }

  private async loadProjection(index: IndexName): Promise<number> {
    let count = 0;
    for await (const batch of readAhead(this.projections[index].read(READ_BATCH))) {
      await this.engine.upsert(index, batch);
      count += batch.length;
    }
    return count;
  }

  private async talentFromSource(): Promise<number> {
    const projection = this.projections[TALENT_INDEX];
    await projection.reset();
    let count = 0;
    for await (const batch of readAhead(readAll<ProfileDoc>(ProfileModel, READ_BATCH))) {
      const docs = batch.map(talentDocument);
      await this.engine.upsert(TALENT_INDEX, docs);
      await projection.insertMany(docs);
      count += docs.length;
    }
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
    this.outbox.enable();
    await this.drain();
  }

  /** The scheduled job: drain; when the engine has come back after a failure, retry at once. */
  tick(): Promise<void> {
    return this.outbox.tick(() => this.engine.health());
  }

  resumeNow(): Promise<void> {
    return this.outbox.resumeNow();
  }

  backlog(): Promise<number> {
    return this.outbox.backlog();
  }
}

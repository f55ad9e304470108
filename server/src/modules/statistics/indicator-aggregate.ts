import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { before } from '../../platform/db/selectors.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import { type OrganisationDoc, OrganisationModel } from '../organisations/index.js';
import type { OrganisationFact } from './facts.service.js';
import type { StoredWorkerFact } from './facts-from-records.js';
import { factsStore, type Written } from './facts-store.js';
import { indicatorCounts } from './indicators.service.js';

/**
 * What the indicator dashboard counts, kept in the database so a request reads two small
 * documents instead of every statistics fact (issue 14, item 4), and every app node reads the
 * same figures:
 *
 * - `workers`: the talent counts. Each write of a worker bucket of the facts projection reports
 *   the entries it replaced and wrote (facts-store `Written`), and the difference of their
 *   contributions is added with one `$inc`. `seq` counts those increments (a rebuild that read
 *   the projection while another node incremented does not overwrite it: see `rebuild`).
 * - `organisations`: verified agencies, staff, station streets, institutions, complexes. There
 *   are thousands of organisations, so this part is recomputed from the organisations collection
 *   after any `organisation.*` event, in the background (coalesced), and a recomputation that read
 *   earlier never overwrites one that read later (`readAt`).
 *
 * Both parts are recomputed from scratch (with `indicatorCounts`, the reference) when missing, of
 * another version, built from another build of the projection, after the projection is rebuilt,
 * at start-up and periodically — the periodic rebuild is also what repairs drift a crash between a
 * bucket write and its `$inc` would leave.
 */
export const AGGREGATE_VERSION = 1;

/** The talent counts of `indicatorCounts`, as stored. */
export interface WorkerCounts {
  talent: number;
  certified: number;
  holders: number;
  byLevel: Record<string, number>;
  communityWorkers: number;
  communityWorkersHolding: number;
  certifiedChildWelfare: number;
  youthAffairsTalent: number;
  migrationTalent: number;
}
export interface OrganisationCounts {
  agencies: number;
  agencyStaff: number;
  stationStreets: number;
  institutions: number;
  institutionCertifiedStaff: number;
  complexes: number;
  complexCertifiedStaff: number;
}
/** The same shape as `indicatorCounts` returns. */
export type IndicatorCounts = ReturnType<typeof indicatorCounts>;

interface AggregateDoc {
  _id: 'workers' | 'organisations';
  version: number;
  counts: Record<string, unknown>;
  /** Increments applied (workers). */
  seq?: number;
  /** The build of the facts projection the counts were computed from (workers). */
  factsBuiltAt?: Date | null;
  /** When the organisations were read (organisations). */
  readAt?: Date;
  updatedAt: Date;
}
const aggregateSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    version: Number,
    counts: mongoose.Schema.Types.Mixed,
    seq: Number,
    factsBuiltAt: Date,
    readAt: Date,
    updatedAt: Date,
  },
  { versionKey: false, collection: 'indicator_aggregate' },
);
export const IndicatorAggregateModel = mongoose.model('IndicatorAggregate', aggregateSchema);

/** What one worker fact adds to the talent counts (dotted paths of `WorkerCounts`, 1 each). */
export function workerContribution(w: StoredWorkerFact | null): Record<string, number> {
  const out: Record<string, number> = {};
  // Someone who deleted their account is no longer in the talent database.
  if (!w || w.leftAt !== undefined) return out;
  if (w.talent) out.talent = 1;
  if (w.certified) out.certified = 1;
  if (w.certificate) {
    out.holders = 1;
    out[`byLevel.${w.certificate.level}`] = 1;
  }
  if (w.communityWorker) {
    out.communityWorkers = 1;
    if (w.certificate) out.communityWorkersHolding = 1;
  }
  if (w.certified && w.domains.includes('child_welfare')) out.certifiedChildWelfare = 1;
  if (w.talent && w.domains.includes('youth_affairs')) out.youthAffairsTalent = 1;
  if (w.talent && w.domains.includes('migration')) out.migrationTalent = 1;
  return out;
}

/** after − before, zeros left out. */
export function contributionChange(
  changes: readonly { before: StoredWorkerFact | null; after: StoredWorkerFact | null }[],
): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const { before: was, after: is } of changes) {
    for (const [k, v] of Object.entries(workerContribution(is))) diff[k] = (diff[k] ?? 0) + v;
    for (const [k, v] of Object.entries(workerContribution(was))) diff[k] = (diff[k] ?? 0) - v;
  }
  for (const [k, v] of Object.entries(diff)) if (v === 0) delete diff[k];
  return diff;
}

function workerCountsOf(workers: StoredWorkerFact[]): WorkerCounts {
  const c = indicatorCounts({ workers, organisations: [] });
  return {
    talent: c.talent,
    certified: c.certified,
    holders: c.holders,
    byLevel: { ...c.holdersByLevel },
    communityWorkers: c.communityWorkers,
    communityWorkersHolding: c.communityWorkersHolding,
    certifiedChildWelfare: c.certifiedChildWelfare,
    youthAffairsTalent: c.youthAffairsTalent,
    migrationTalent: c.migrationTalent,
  };
}

function organisationCountsOf(organisations: OrganisationFact[]): OrganisationCounts {
  const c = indicatorCounts({ workers: [], organisations });
  return {
    agencies: c.agencies,
    agencyStaff: c.agencyStaff,
    stationStreets: c.stationStreets,
    institutions: c.institutions,
    institutionCertifiedStaff: c.institutionCertifiedStaff,
    complexes: c.complexes,
    complexCertifiedStaff: c.complexCertifiedStaff,
  };
}

/** The two parts joined in the shape of `indicatorCounts` (the default levels always present). */
function joined(w: WorkerCounts, o: OrganisationCounts): IndicatorCounts {
  const holdersByLevel: Record<string, number> = { assistant: 0, social_worker: 0, senior: 0 };
  for (const [level, n] of Object.entries(w.byLevel ?? {}))
    if (n !== 0 || level in holdersByLevel) holdersByLevel[level] = n;
  return {
    talent: w.talent,
    certified: w.certified,
    holders: w.holders,
    holdersByLevel,
    communityWorkers: w.communityWorkers,
    communityWorkersHolding: w.communityWorkersHolding,
    certifiedChildWelfare: w.certifiedChildWelfare,
    youthAffairsTalent: w.youthAffairsTalent,
    migrationTalent: w.migrationTalent,
    ...o,
  };
}

async function readOrganisationFacts(): Promise<OrganisationFact[]> {
  const rows = await OrganisationModel.find(
    {},
    { type: 1, status: 1, streetCode: 1, agencyQualified: 1, staff: 1 },
  ).lean<OrganisationDoc[]>();
  return rows.map((o) => ({
    id: String(o._id),
    type: o.type,
    status: o.status ?? 'pending',
    streetCode: o.streetCode,
    agencyQualified: Boolean(o.agencyQualified),
    staff: { fullTime: o.staff?.fullTime ?? 0, certified: o.staff?.certified ?? 0 },
  }));
}

/** One worker bucket write as the aggregate saw it: what it changes, and the bucket revision it made. */
interface SeenWrite {
  bucket: string;
  rev: number;
  diff: Record<string, number>;
}

export interface AggregateRead {
  counts: IndicatorCounts;
  /** When the aggregate was last updated. */
  asOf: Date;
}

export class IndicatorAggregate {
  /** While a rebuild reads the projection: this node's bucket writes, held back (see `rebuild`). */
  private held: SeenWrite[] | null = null;
  private rebuilding: Promise<void> | null = null;
  private rebuildAgain = false;
  private organisationsRun: Promise<void> | null = null;
  private organisationsAgain = false;
  /** Increments in flight (tests wait for them with `settled`). */
  private readonly pending = new Set<Promise<unknown>>();
  /** Bumped at each rebuild (tests). */
  rebuilds = 0;

  constructor(
    private readonly log: Logger,
    /** Makes sure the facts projection exists (first start): FactsService.ensureBuilt. */
    private readonly ensureFacts: () => Promise<void>,
  ) {}

  /** Organisation events recompute the organisation part (coalesced, after the write landed). */
  subscribe(events: DomainEventBus): void {
    const changed = () => this.organisationsChanged();
    events.on('organisation.registered', changed);
    events.on('organisation.updated', changed);
    events.on('organisation.verification_decided', changed);
    events.on('organisation.closed', changed);
  }

  /** The facts-store hook: a worker bucket write succeeded. */
  readonly workersWritten: Written<'worker'> = async ({ bucket, rev, changes }) => {
    const diff = contributionChange(changes);
    if (this.held) {
      this.held.push({ bucket, rev, diff });
      return;
    }
    const p = this.increment(diff);
    this.pending.add(p);
    try {
      await p;
    } finally {
      this.pending.delete(p);
    }
  };

  private async increment(diff: Record<string, number>): Promise<void> {
    const inc: Record<string, number> = {};
    for (const [k, v] of Object.entries(diff)) inc[`counts.${k}`] = v;
    const changed = Object.keys(inc).length > 0;
    // No upsert: a missing aggregate is rebuilt whole on its next read.
    await IndicatorAggregateModel.collection.updateOne(
      { _id: 'workers', version: AGGREGATE_VERSION } as never,
      changed ? { $inc: { ...inc, seq: 1 }, $max: { updatedAt: new Date() } } : { $max: { updatedAt: new Date() } },
    );
  }

  /** Recompute the organisation part soon (coalesced: a burst of events reads them once more). */
  organisationsChanged(): Promise<void> {
    if (this.organisationsRun) {
      this.organisationsAgain = true;
      return this.organisationsRun;
    }
    this.organisationsRun = (async () => {
      try {
        do {
          this.organisationsAgain = false;
          await this.refreshOrganisations();
        } while (this.organisationsAgain);
      } catch (err) {
        // The periodic rebuild recomputes it.
        this.log.warn({ err }, 'indicator aggregate: organisations not recomputed');
      } finally {
        this.organisationsRun = null;
      }
    })();
    return this.organisationsRun;
  }

  private async refreshOrganisations(): Promise<void> {
    const readAt = new Date();
    const counts = organisationCountsOf(await readOrganisationFacts());
    const doc = { version: AGGREGATE_VERSION, counts, readAt, updatedAt: new Date() };
    try {
      // Never over a recomputation that read the organisations later (another node's).
      await IndicatorAggregateModel.collection.updateOne(
        { _id: 'organisations', $or: [{ readAt: before(readAt) }, { version: { $ne: AGGREGATE_VERSION } }] } as never,
        { $set: doc },
        { upsert: true },
      );
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }

  /**
   * Recomputes both parts from scratch: the organisations from their collection, the talent
   * counts from the worker buckets of the projection. This node's bucket writes during the read
   * are held back and added afterwards only if the read missed them (their bucket revision is
   * newer than the one read), so none is counted twice or lost. Another node's increment during
   * the read makes the write-back fail (`seq` moved): it is tried again, and failing that left to
   * the next periodic rebuild.
   */
  rebuild(): Promise<void> {
    // One at a time; asked again while one runs (the projection was just rebuilt), once more after it.
    if (this.rebuilding) {
      this.rebuildAgain = true;
      return this.rebuilding;
    }
    this.rebuilding = (async () => {
      try {
        do {
          this.rebuildAgain = false;
          await this.rebuildNow();
        } while (this.rebuildAgain);
      } finally {
        this.rebuilding = null;
      }
    })();
    return this.rebuilding;
  }

  private async rebuildNow(): Promise<void> {
    if (!(await factsStore.usable())) await this.ensureFacts();
    // Read first: a seed writes the organisations before it replaces the projection.
    const factsBuiltAt = await factsStore.builtAt();
    await this.refreshOrganisations();
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await this.rebuildWorkers(factsBuiltAt)) {
        this.rebuilds++;
        return;
      }
    }
    this.log.warn(
      'indicator aggregate: talent counts not rebuilt (other nodes kept writing); the next rebuild retries',
    );
  }

  private async rebuildWorkers(factsBuiltAt: Date | null): Promise<boolean> {
    this.held = [];
    const revs = new Map<string, number>();
    let wrote = false;
    try {
      const was = await IndicatorAggregateModel.findById('workers').lean<AggregateDoc>();
      const workers: StoredWorkerFact[] = [];
      try {
        for await (const b of factsStore.buckets('worker')) {
          revs.set(b.bucket, b.rev);
          for (const w of Object.values(b.entries)) workers.push(w);
        }
      } catch (err) {
        // The projection was being rebuilt under the read (its buckets emptied, the cursor gone):
        // not a failure of ours — read again; the rebuild asks for another run when it is done.
        this.log.warn({ err }, 'indicator aggregate: the facts changed under the read; reading again');
        return false;
      }
      const counts = workerCountsOf(workers);
      // Writes of this node the read missed: their bucket is newer than the one read.
      const missed = (w: SeenWrite) => w.rev > (revs.get(w.bucket) ?? 0);
      for (const w of this.held.splice(0)) if (missed(w)) addTo(counts, w.diff);
      const doc = { version: AGGREGATE_VERSION, counts, factsBuiltAt, updatedAt: new Date() };
      try {
        if (was) {
          const res = await IndicatorAggregateModel.collection.replaceOne(
            { _id: 'workers', seq: was.seq ?? 0 } as never,
            { ...doc, seq: (was.seq ?? 0) + 1 },
          );
          wrote = res.matchedCount === 1;
        } else {
          await IndicatorAggregateModel.collection.insertOne({ _id: 'workers', ...doc, seq: 1 } as never);
          wrote = true;
        }
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      return wrote;
    } finally {
      const rest = this.held ?? [];
      this.held = null;
      // After the write-back: what the read missed. Without it (another node wrote, or an
      // error): everything held, which the stored counts have not seen either.
      const diff: Record<string, number> = {};
      for (const w of rest) if (!wrote || w.rev > (revs.get(w.bucket) ?? 0)) addTo(diff, w.diff);
      if (Object.keys(diff).length > 0) await this.increment(diff);
    }
  }

  /**
   * The counts as stored, or null when they must be rebuilt first: missing, of another version,
   * or computed from another build of the projection (a rebuild, or a seed that replaced it).
   */
  async read(): Promise<AggregateRead | null> {
    const [docs, builtAt] = await Promise.all([
      IndicatorAggregateModel.find().lean<AggregateDoc[]>(),
      factsStore.builtAt(),
    ]);
    const w = docs.find((d) => d._id === 'workers');
    const o = docs.find((d) => d._id === 'organisations');
    if (!w || !o || w.version !== AGGREGATE_VERSION || o.version !== AGGREGATE_VERSION) return null;
    if ((w.factsBuiltAt?.getTime() ?? null) !== (builtAt?.getTime() ?? null)) return null;
    return {
      counts: joined(w.counts as unknown as WorkerCounts, o.counts as unknown as OrganisationCounts),
      asOf: new Date(Math.max(w.updatedAt.getTime(), o.updatedAt.getTime())),
    };
  }

  /** The counts, rebuilt first when they must be (first start, after a seed). */
  async current(): Promise<AggregateRead> {
    const stored = await this.read();
    if (stored) return stored;
    await (this.rebuilding ?? this.rebuild());
    const rebuilt = await this.read();
    if (!rebuilt) throw new Error('indicator aggregate: not readable after a rebuild');
    return rebuilt;
  }

  /** Resolves once the increments and organisation recomputations started so far are done (tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.pending, this.organisationsRun, this.rebuilding]);
  }
}

function addTo(target: object, diff: Record<string, number>): void {
  for (const [path, v] of Object.entries(diff)) {
    const keys = path.split('.');
    let node = target as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) {
      node[k] ??= {};
      node = node[k] as Record<string, unknown>;
    }
    const last = keys.at(-1) as string;
    node[last] = ((node[last] as number | undefined) ?? 0) + v;
  }
}

import type { SalaryGuidance } from '@shsw/shared';
import mongoose from 'mongoose';
import { readAll } from '../../platform/db/bulk-read.js';
import { onFerretDb } from '../../platform/db/connect.js';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import { Outbox } from '../../platform/jobs/outbox.js';
import type { Logger } from '../../platform/logger.js';
import type { ErasureContext } from '../../platform/privacy/personal-data.js';
import { type ApplicationDoc, ApplicationModel } from '../applications/index.js';
import { type OrganisationDoc, OrganisationModel } from '../organisations/index.js';
import { type PositionDoc, PositionModel, positionsByIds, type SalaryGuidanceService } from '../positions/index.js';
import { type ProfileDoc, ProfileModel, profilesByIds } from '../profiles/index.js';
import { type PreparedFacts, prepareFactsYielding } from './compute/index.js';
import type { PositionFact, StatisticsFacts } from './facts.js';
import { FactsCache } from './facts-cache.js';
import {
  applicationFact,
  applicationFactFields,
  guidanceInForce,
  positionFact,
  positionFactFields,
  type StoredApplicationFact,
  type StoredWorkerFact,
  workerFact,
  workerFactFields,
} from './facts-from-records.js';
import { changedAt, withPositionHistory, withWorkerHistory } from './facts-history.js';
import { type AllFacts, type FactEntries, type FactKind, factsStore, type Written } from './facts-store.js';
import { retainAnonymousFacts, retainedFacts } from './retention.js';

/** Point lookups per round: FerretDB answers `$in` with a full scan (see findByIds). */
const LOOKUP_CHUNK = 64;
const READ_BATCH = 2_000;
/**
 * Decoded facts are kept this long after the last read (a bureau previewing, revising and
 * publishing), then dropped: at the 2025 scale they take hundreds of megabytes.
 */
const CACHE_MS = 10 * 60_000;

/** The organisations statistics read: few enough (thousands) to read from the records each time. */
export interface OrganisationFact {
  id: string;
  type: string;
  status: string;
  streetCode: string;
  agencyQualified: boolean;
  staff: { fullTime: number; certified: number };
}

export interface LoadedFacts extends StatisticsFacts {
  applications: StoredApplicationFact[];
  workers: StoredWorkerFact[];
  organisations: OrganisationFact[];
}

/** The facts joined with what the projection leaves out, and what they were joined from. */
interface Joined {
  stored: AllFacts;
  /** The organisations and guidance joined, as JSON: joined again when they change. */
  others: string;
  facts: LoadedFacts;
  prepared?: Promise<PreparedFacts>;
}

/**
 * Keeps the statistics facts projection in step with the records (through its own outbox, as the
 * search index is) and loads it for reports and the indicator dashboard.
 */
export class FactsService {
  readonly outbox: Outbox;
  private building: Promise<void> | null = null;
  private readonly stored = new FactsCache();
  private cache: Joined | null = null;
  private lastRead = 0;
  private subscribed = false;
  private organisationChanges = 0;
  private organisationsHeld: { facts: OrganisationFact[]; changes: number; identity: string | null } | null = null;
  lastBuild: { ms: number; positions: number; applications: number; workers: number } | null = null;
  /** Told of every worker bucket written and of every rebuild: the indicator aggregate. */
  private observer: { workersWritten: Written<'worker'>; rebuilt: () => Promise<void> } | null = null;

  constructor(
    private readonly guidance: SalaryGuidanceService,
    private readonly log: Logger,
  ) {
    this.outbox = new Outbox('stats_outbox', (kind, ids) => this.apply(kind as FactKind, ids), { log });
  }

  subscribe(events: DomainEventBus): void {
    const organisation = () => {
      this.organisationChanges++;
    };
    events.on('organisation.registered', organisation);
    events.on('organisation.updated', organisation);
    events.on('organisation.verification_decided', organisation);
    events.on('organisation.closed', organisation);
    this.subscribed = true;
    const position = ({ positionId }: { positionId: string }) => this.outbox.enqueue('position', [positionId]);
    events.on('position.published', position);
    events.on('position.changed', position);
    events.on('position.status_changed', position);
    const application = ({ applicationId }: { applicationId: string }) =>
      this.outbox.enqueue('application', [applicationId]);
    events.on('application.submitted', application);
    events.on('application.status_changed', application);
    events.on('application.erased', application);
    const worker = ({ profileId }: { profileId: string }) => this.outbox.enqueue('worker', [profileId]);
    events.on('profile.changed', worker);
    events.on('profile.deleted', worker);
    events.on('certificate.decided', worker);
  }

  observe(observer: { workersWritten: Written<'worker'>; rebuilt: () => Promise<void> }): void {
    this.observer = observer;
  }

  /** Builds the projection from the records when it is not usable; then keeps it current. */
  ensureBuilt(): Promise<void> {
    this.building ??= (async () => {
      if (!(await factsStore.usable())) await this.rebuild();
      this.outbox.enable();
      await this.outbox.resumeNow();
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /**
   * Reads every position, application and profile and rewrites the projection. The dated
   * history lives only in the projection, so whatever it holds (any version) is carried over:
   * a record whose values differ from the projection's (a change not applied yet) gets a new
   * interval from its last write, as the outbox would have given it.
   */
  async rebuild(): Promise<void> {
    const started = Date.now();
    this.outbox.disable();
    // What is waiting is covered by what is read now; newer changes add entries after this point.
    await this.outbox.clear();
    const held = await factsStore.readDated();
    const facts: AllFacts = { positions: [], applications: [], workers: [] };
    // The three at once: the database prepares one while this process decodes another.
    await Promise.all([
      (async () => {
        for await (const batch of readAll<PositionDoc>(PositionModel, READ_BATCH, [...positionFactFields, 'updatedAt']))
          for (const p of batch) {
            const id = String(p._id);
            facts.positions.push(withPositionHistory(held.position.get(id), positionFact(p), changedAt(p, started)));
          }
      })(),
      (async () => {
        for await (const batch of readAll<ApplicationDoc>(ApplicationModel, READ_BATCH, applicationFactFields))
          for (const a of batch) facts.applications.push(applicationFact(a));
      })(),
      (async () => {
        for await (const batch of readAll<ProfileDoc>(ProfileModel, READ_BATCH, [...workerFactFields, 'updatedAt']))
          for (const w of batch) {
            const id = String(w._id);
            facts.workers.push(withWorkerHistory(held.worker.get(id), workerFact(w), changedAt(w, started)));
          }
      })(),
    ]);
    // People who deleted their accounts: their anonymous facts (and history) live only there.
    for await (const r of retainedFacts()) {
      if (r.kind === 'worker') facts.workers.push(r.fact);
      else facts.applications.push(r.fact);
    }
    await factsStore.replaceAll(facts);
    this.lastBuild = {
      ms: Date.now() - started,
      positions: facts.positions.length,
      applications: facts.applications.length,
      workers: facts.workers.length,
    };
    this.log.info(this.lastBuild, 'statistics facts rebuilt from the records');
    // Not awaited: the aggregate's rebuild may be what asked for this one (first start).
    void this.observer
      ?.rebuilt()
      .catch((err: unknown) => this.log.warn({ err }, 'indicator aggregate not rebuilt; its next read rebuilds it'));
  }

  /** Keeps a departing worker's anonymous facts in place of their own (see retention.ts). */
  async retain(ctx: ErasureContext): Promise<number> {
    return retainAnonymousFacts(ctx, this.observer?.workersWritten);
  }

  /** The outbox's apply: the current facts of the changed records, or their removal. */
  private async apply(kind: FactKind, ids: readonly string[]): Promise<void> {
    const valid = ids.filter((id) => mongoose.isValidObjectId(id));
    for (let i = 0; i < valid.length; i += LOOKUP_CHUNK) {
      const chunk = valid.slice(i, i + LOOKUP_CHUNK);
      const now = Date.now();
      // When each record's current values began: a change closes the held values there.
      const at = new Map<string, number>();
      if (kind === 'position') {
        const entries = new Map<string, FactEntries['position'] | null>(chunk.map((id) => [id, null]));
        for (const p of await positionsByIds(chunk)) {
          entries.set(String(p._id), positionFact(p));
          at.set(String(p._id), changedAt(p, now));
        }
        await factsStore.write('position', entries, (id, held, next) =>
          withPositionHistory(held, next, at.get(id) ?? now),
        );
      } else if (kind === 'worker') {
        const entries = new Map<string, FactEntries['worker'] | null>(chunk.map((id) => [id, null]));
        for (const p of await profilesByIds(chunk)) {
          entries.set(String(p._id), workerFact(p));
          at.set(String(p._id), changedAt(p, now));
        }
        await factsStore.write(
          'worker',
          entries,
          (id, held, next) => withWorkerHistory(held, next, at.get(id) ?? now),
          this.observer?.workersWritten,
        );
      } else {
        const entries = new Map<string, FactEntries['application'] | null>(chunk.map((id) => [id, null]));
        for (const a of await findByIds<ApplicationDoc>(chunk, {
          one: (id) => ApplicationModel.findById(id).lean<ApplicationDoc>(),
          many: (list) => ApplicationModel.find({ _id: oneOf(list) }).lean<ApplicationDoc[]>(),
        }))
          entries.set(String(a._id), applicationFact(a));
        await factsStore.write('application', entries);
      }
    }
  }

  /**
   * The organisations statistics read. FerretDB decodes them slowly (2,373 at the 2025 scale:
   * 2–5 s), so on the embedded database, which serves this process alone, they are kept until an
   * organisation event says one changed (a change during the read is not kept), or the facts
   * projection is replaced (a seed writes organisations without events); on MongoDB, and in a
   * service not subscribed to the events, they are read each time.
   */
  private async readOrganisations(): Promise<{ facts: OrganisationFact[]; kept: boolean; changes: number }> {
    const held = this.organisationsHeld;
    if (this.subscribed && onFerretDb() && held && held.changes === this.organisationChanges)
      return { facts: held.facts, kept: true, changes: held.changes };
    const changes = this.organisationChanges;
    return { facts: await readOrganisations(), kept: false, changes };
  }

  private async organisationsOf(
    read: { facts: OrganisationFact[]; kept: boolean; changes: number },
    identity: string | null,
  ): Promise<OrganisationFact[]> {
    if (read.kept && this.organisationsHeld?.identity === identity) return read.facts;
    if (read.kept) this.organisationsHeld = null;
    const fresh = read.kept ? await this.readOrganisations() : read;
    if (this.subscribed && onFerretDb() && fresh.changes === this.organisationChanges)
      this.organisationsHeld = { facts: fresh.facts, changes: fresh.changes, identity };
    return fresh.facts;
  }

  /** Everything statistics read, current to the last applied change. */
  async load(): Promise<LoadedFacts> {
    const [joined, asOf] = await this.loadJoined();
    return { ...joined.facts, asOf };
  }

  /** The facts indexed for computing reports (`computeReport`), indexed again only when they changed. */
  async loadPrepared(): Promise<PreparedFacts> {
    const [joined, asOf] = await this.loadJoined();
    // Indexing takes a second or two at the 2025 scale: other requests run in between, and
    // concurrent reports wait for the same indexing.
    joined.prepared ??= yieldToOthers().then(() => prepareFactsYielding(joined.facts));
    return { ...(await joined.prepared), asOf };
  }

  /**
   * The projection as the cache holds it (only the buckets changed since the last read are read
   * again), joined with organisations and guidance, which are read each time (a few thousand
   * rows) and joined again only when they or the facts changed.
   */
  private async loadJoined(): Promise<[Joined, number]> {
    await this.ensureBuilt();
    await this.outbox.drain();
    const asOf = Date.now();
    const [{ facts: stored, identity }, held, guidance] = await Promise.all([
      this.stored.read(),
      this.readOrganisations(),
      this.guidance.all(),
    ]);
    const organisations = await this.organisationsOf(held, identity);
    const others = JSON.stringify([organisations, guidance]);
    let c = this.cache;
    if (!c || c.stored !== stored || c.others !== others) {
      c = { stored, others, facts: joinFacts(stored, organisations, guidance, asOf) };
      this.cache = c;
    }
    const at = asOf;
    this.lastRead = at;
    setTimeout(() => {
      if (this.lastRead !== at) return;
      this.cache = null;
      this.stored.clear();
    }, CACHE_MS).unref();
    return [c, asOf];
  }
}

const yieldToOthers = () => new Promise((resolve) => setImmediate(resolve));

async function readOrganisations(): Promise<OrganisationFact[]> {
  const rows = await OrganisationModel.find().lean<OrganisationDoc[]>();
  return rows.map((o) => ({
    id: String(o._id),
    type: o.type,
    status: o.status ?? 'pending',
    streetCode: o.streetCode,
    agencyQualified: Boolean(o.agencyQualified),
    staff: { fullTime: o.staff?.fullTime ?? 0, certified: o.staff?.certified ?? 0 },
  }));
}

/** Joins what the projection leaves out: organisation type, hires, and the guidance of the publication year. */
export function joinFacts(
  stored: AllFacts,
  organisations: readonly OrganisationFact[],
  guidance: readonly SalaryGuidance[],
  asOf: number,
): LoadedFacts {
  const orgType = new Map(organisations.map((o) => [o.id, o.type]));
  const hires = new Map<string, number[]>();
  for (const a of stored.applications) {
    if (a.hiredAt === null) continue;
    const list = hires.get(a.positionId) ?? [];
    list.push(a.hiredAt);
    hires.set(a.positionId, list);
  }
  const positions: PositionFact[] = stored.positions.map(({ past, ...p }) => {
    const year = p.publishedAt === null ? null : shanghaiYear(p.publishedAt);
    const table = year === null ? null : guidanceInForce(guidance, year);
    // The guidance for the level required then: a dated minimum certificate has a dated band.
    const bandOf = (level: string) => {
      const band = table?.byLevel[level as keyof SalaryGuidance['byLevel']] ?? null;
      return { guidanceLow: band?.low ?? null, guidanceMedian: band?.median ?? null };
    };
    const fact: PositionFact = {
      ...p,
      orgType: orgType.get(p.orgId) ?? 'unknown',
      hiredAt: (hires.get(p.id) ?? []).sort((a, b) => a - b),
      ...bandOf(p.minCertificate),
    };
    if (past && past.length > 0) fact.past = past.map((v) => ({ ...v, ...bandOf(v.minCertificate) }));
    return fact;
  });
  return {
    asOf,
    positions,
    applications: stored.applications,
    workers: stored.workers,
    organisations: [...organisations],
  };
}

function shanghaiYear(t: number): number {
  return new Date(t + 8 * 3_600_000).getUTCFullYear();
}

import type {
  StoredApplicationFact as ApplicationEntry,
  StoredPositionFact as PositionEntry,
  StoredWorkerFact as WorkerEntry,
} from './facts-from-records.js';
import { type AllFacts, type DecodedBucket, factsStore } from './facts-store.js';

/** Past this many changed buckets one read of everything is quicker than point lookups. */
const POINT_READ_LIMIT = 256;

/**
 * The facts projection's buckets, decoded and kept between reads. Each read asks the database
 * for every bucket's revision (a scan without the bodies) and reads again only the buckets whose
 * revision changed — whoever changed them, this node's outbox or another's — so a report after
 * a few writes decodes a few buckets, not all 3,072. A rebuild restarts the revisions, so a new
 * projection identity drops everything held. The facts come out in bucket-key order, whatever
 * was read when: a refreshed cache gives exactly what a fresh read gives.
 */
export class FactsCache {
  private held = new Map<string, DecodedBucket>();
  private identity: string | null = null;
  private facts: AllFacts | null = null;
  private reading: Promise<unknown> = Promise.resolve();

  /**
   * The projection's facts, current to the revisions read now; the same object while nothing
   * changed. Reads run one after another: one that arrives during another reads again after it
   * (cheaply), so it sees every write made before it was called.
   */
  read(): Promise<{ facts: AllFacts; reread: number }> {
    const next = this.reading.then(
      () => this.readNow(),
      () => this.readNow(),
    );
    this.reading = next.catch(() => undefined);
    return next;
  }

  private async readNow(): Promise<{ facts: AllFacts; reread: number }> {
    for (let attempt = 0; ; attempt++) {
      const identity = await factsStore.identity();
      if (identity !== this.identity) this.clear();
      const revisions = await factsStore.revisions();
      let changed = false;
      for (const key of this.held.keys()) {
        if (!revisions.has(key)) {
          this.held.delete(key);
          changed = true;
        }
      }
      const stale = [...revisions].filter(([key, rev]) => this.held.get(key)?.rev !== rev).map(([key]) => key);
      if (stale.length > 0) {
        changed = true;
        const wanted = new Set(stale);
        await factsStore.readBuckets(stale.length > POINT_READ_LIMIT ? 'all' : stale, (bucket) => {
          if (wanted.has(bucket.key)) this.held.set(bucket.key, bucket);
        });
      }
      // A rebuild while reading: what was read may mix two projections, so read again.
      if ((await factsStore.identity()) !== identity && attempt < 2) {
        this.clear();
        continue;
      }
      this.identity = identity;
      if (changed || !this.facts) this.facts = this.assemble();
      return { facts: this.facts, reread: stale.length };
    }
  }

  /** Forgets everything held (the next read reads every bucket). */
  clear(): void {
    this.held.clear();
    this.identity = null;
    this.facts = null;
  }

  private assemble(): AllFacts {
    const out: AllFacts = { positions: [], applications: [], workers: [] };
    const target: Record<string, unknown[]> = { p: out.positions, a: out.applications, w: out.workers };
    const keys = [...this.held.keys()].sort();
    for (const key of keys) {
      const list = target[key.slice(0, 1)];
      const bucket = this.held.get(key);
      if (!list || !bucket) continue;
      for (const entry of bucket.entries) list.push(entry);
    }
    return out as { positions: PositionEntry[]; applications: ApplicationEntry[]; workers: WorkerEntry[] };
  }
}

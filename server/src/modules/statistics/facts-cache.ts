import { onFerretDb } from '../../platform/db/connect.js';
import type {
  StoredApplicationFact as ApplicationEntry,
  StoredPositionFact as PositionEntry,
  StoredWorkerFact as WorkerEntry,
} from './facts-from-records.js';
import { type AllFacts, bucketsWrittenSince, type DecodedBucket, factsStore } from './facts-store.js';

/** Past this many changed buckets one read of everything is quicker than point lookups. */
const POINT_READ_LIMIT = 1_024;

/**
 * The facts projection's buckets, decoded and kept between reads; a read reads again only the
 * buckets that changed since the last one, so a report after a few writes decodes a few buckets,
 * not all 3,072. Which changed: on MongoDB (possibly several app nodes) every bucket's revision
 * is compared (a scan without the bodies); on the embedded database, served to one app process,
 * the buckets this process wrote (FerretDB would read every body to answer the scan). A rebuild
 * restarts the revisions, so a new projection identity drops everything held. The facts come out
 * in bucket-key order, whatever was read when: a refreshed cache gives exactly what a fresh
 * read gives.
 */
export class FactsCache {
  private held = new Map<string, DecodedBucket>();
  private identity: string | null = null;
  /** The last local write (`bucketsWrittenSince`) the held buckets include. */
  private seenWrite = 0;
  private facts: AllFacts | null = null;
  private reading: Promise<unknown> = Promise.resolve();

  /**
   * The projection's facts, current to the revisions read now; the same object while nothing
   * changed. Reads run one after another: one that arrives during another reads again after it
   * (cheaply), so it sees every write made before it was called.
   */
  read(): Promise<{ facts: AllFacts; reread: number; identity: string | null }> {
    const next = this.reading.then(
      () => this.readNow(),
      () => this.readNow(),
    );
    this.reading = next.catch(() => undefined);
    return next;
  }

  private async readNow(): Promise<{ facts: AllFacts; reread: number; identity: string | null }> {
    for (let attempt = 0; ; attempt++) {
      const identity = await factsStore.identity();
      if (identity !== this.identity) this.clear();
      const written = bucketsWrittenSince(this.seenWrite);
      let stale: string[] | 'all';
      let changed = false;
      if (this.held.size === 0) stale = 'all';
      else if (onFerretDb()) stale = written.keys;
      else {
        const revisions = await factsStore.revisions();
        for (const key of this.held.keys()) {
          if (revisions.has(key)) continue;
          this.held.delete(key);
          changed = true;
        }
        stale = [...revisions].filter(([key, rev]) => this.held.get(key)?.rev !== rev).map(([key]) => key);
      }
      if (stale !== 'all' && stale.length > POINT_READ_LIMIT) stale = 'all';
      let reread = 0;
      if (stale === 'all') {
        this.held.clear();
        await factsStore.readBuckets('all', (bucket) => {
          this.held.set(bucket.key, bucket);
          reread++;
        });
        changed = true;
      } else if (stale.length > 0) {
        await factsStore.readBuckets(stale, (bucket) => {
          this.held.set(bucket.key, bucket);
          reread++;
        });
        changed = true;
      }
      // A rebuild while reading: what was read may mix two projections, so read again.
      if ((await factsStore.identity()) !== identity && attempt < 2) {
        this.clear();
        continue;
      }
      this.identity = identity;
      this.seenWrite = written.upTo;
      if (changed || !this.facts) this.facts = this.assemble();
      return { facts: this.facts, reread, identity };
    }
  }

  /** Forgets everything held (the next read reads every bucket). */
  clear(): void {
    this.held.clear();
    this.identity = null;
    this.seenWrite = 0;
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

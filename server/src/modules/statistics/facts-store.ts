import zlib from 'node:zlib';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { forEachLimited } from '../../platform/db/find-by-ids.js';
import { noneOf, trusted } from '../../platform/db/selectors.js';
import type {
  StoredApplicationFact as ApplicationEntry,
  StoredPositionFact as PositionEntry,
  StoredWorkerFact as WorkerEntry,
} from './facts-from-records.js';

/**
 * The statistics facts, persisted as a projection of the records: every position, application
 * and worker reduced to the few fields reports and indicators read, grouped into buckets of
 * compressed JSON. A quarterly report at the 2025 scale reads 200,000 workers and 1,000,000 applications;
 * the embedded database decodes ~1,300 nested records a second, but a few thousand bucket
 * documents in a second or two. Kept current by the statistics outbox (one bucket rewritten
 * per changed record); rebuilt from the records when missing, stale or of another version.
 */
/** 3: positions and workers carry their dated attributes' history (`past`, issue 14). */
export const FACTS_VERSION = 3;
export const factKinds = ['position', 'application', 'worker'] as const;
export type FactKind = (typeof factKinds)[number];
export interface FactEntries {
  position: PositionEntry;
  application: ApplicationEntry;
  worker: WorkerEntry;
}

/** Makes the entry to store from the one stored (null: none) and the record's current facts. */
export type Merge<K extends FactKind> = (
  id: string,
  stored: FactEntries[K] | null,
  next: FactEntries[K],
) => FactEntries[K];

/**
 * Told after a bucket write succeeded: the bucket, the revision the write made, and each changed
 * record's entry before and after (null: none). The indicator aggregate adds the difference.
 */
export type Written<K extends FactKind> = (write: {
  bucket: string;
  rev: number;
  changes: { before: FactEntries[K] | null; after: FactEntries[K] | null }[];
}) => Promise<void>;

/** Buckets per kind: ~1,000 applications, ~200 workers or ~20 positions each at the 2025 scale. */
export const BUCKETS = 1_024;
const prefix: Record<FactKind, string> = { position: 'p', application: 'a', worker: 'w' };

/** An ObjectId's last bytes are a counter: consecutive ids spread evenly over the buckets. */
export function bucketOf(kind: FactKind, id: string): string {
  const n = Number.parseInt(id.slice(-4), 16);
  return `${prefix[kind]}:${(Number.isNaN(n) ? hashString(id) : n) % BUCKETS}`;
}

function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) >>> 0;
  return h;
}

interface BucketDoc {
  _id: string;
  body: Buffer | { buffer: Uint8Array };
  rev: number;
}
const bucketSchema = new mongoose.Schema(
  { _id: { type: String, required: true }, body: { type: Buffer, required: true }, rev: { type: Number, default: 0 } },
  { versionKey: false },
);
const Bucket = mongoose.model('StatsFactsBucket', bucketSchema, 'stats_facts');
const metaSchema = new mongoose.Schema(
  { _id: String, version: Number, complete: Boolean, builtAt: Date },
  { versionKey: false, collection: 'stats_facts_meta' },
);
const Meta = mongoose.model('StatsFactsMeta', metaSchema);
const META_ID = 'facts';

/** One bucket as read: its revision and its entries (facts of one kind, the key's prefix). */
export interface DecodedBucket {
  key: string;
  rev: number;
  entries: unknown[];
}

/** Buckets read by key at once when only some changed. */
const POINT_READS = 8;
/**
 * The buckets this process wrote, each with the sequence number of its last write: on the
 * embedded database (one app process) what a facts cache must read again. A revision scan would
 * say the same, but FerretDB reads every body to answer it (2–3 s at the 2025 scale).
 */
let writeSeq = 0;
const writtenAt = new Map<string, number>();
function noteWritten(key: string): void {
  writtenAt.set(key, ++writeSeq);
}

/** The buckets this process wrote after write number `since`, and the number of the last write. */
export function bucketsWrittenSince(since: number): { keys: string[]; upTo: number } {
  const keys: string[] = [];
  for (const [key, seq] of writtenAt) if (seq > since) keys.push(key);
  return { keys, upTo: writeSeq };
}

export interface AllFacts {
  positions: PositionEntry[];
  applications: ApplicationEntry[];
  workers: WorkerEntry[];
}

export const factsStore = {
  async usable(): Promise<boolean> {
    const meta = await Meta.findById(META_ID).lean<{ version: number; complete: boolean }>();
    return Boolean(meta?.complete) && meta?.version === FACTS_VERSION;
  },

  /** When the projection was last built whole (a rebuild or a seed), or null. */
  async builtAt(): Promise<Date | null> {
    const meta = await Meta.findById(META_ID).lean<{ builtAt?: Date }>();
    return meta?.builtAt ?? null;
  },

  async invalidate(): Promise<void> {
    await Meta.updateOne({ _id: META_ID }, { $set: { complete: false } }, { upsert: true });
  },

  /**
   * Replaces the whole projection (rebuild and seed), incomplete until every bucket is written.
   * Bucket by bucket in place, never emptied first: a crash half-way leaves each bucket either as
   * it was or as rebuilt (whose dated history carries the old one over), so the next rebuild
   * still finds every record's history.
   */
  async replaceAll(facts: AllFacts): Promise<void> {
    await Meta.updateOne({ _id: META_ID }, { $set: { complete: false, version: FACTS_VERSION } }, { upsert: true });
    const buckets = new Map<string, Record<string, unknown>>();
    const put = (kind: FactKind, id: string, entry: unknown) => {
      const key = bucketOf(kind, id);
      let b = buckets.get(key);
      if (!b) {
        b = {};
        buckets.set(key, b);
      }
      b[id] = entry;
    };
    for (const p of facts.positions) put('position', p.id, p);
    for (const a of facts.applications) put('application', a.id, a);
    for (const w of facts.workers) put('worker', w.id, w);
    const keys = [...buckets.keys()];
    // A revision no bucket held before (writes count up from 1 by one): a facts cache reading by
    // revision sees every rebuilt bucket as changed, and compare-and-set writes go on from it.
    const rev = Date.now();
    // One statement per bucket, a few at a time: FerretDB stalls on a bulk write replacing many
    // existing documents at once.
    await forEachLimited(keys, 4, async (_id) => {
      const replacement = { _id, body: encode(buckets.get(_id) ?? {}), rev };
      await Bucket.collection.replaceOne({ _id } as never, replacement as never, { upsert: true });
    });
    // Buckets no record falls into any more (at most the 3 × BUCKETS keys: one statement).
    await Bucket.deleteMany({ _id: noneOf(keys) });
    await Meta.updateOne(
      { _id: META_ID },
      { $set: { complete: true, version: FACTS_VERSION, builtAt: new Date() } },
      { upsert: true },
    );
  },

  /**
   * Writes the current facts of some records (null: the record is gone) into their buckets.
   * `merge` makes the entry from what the bucket held (inside the compare-and-set, so a
   * concurrent writer's history is never lost): the dated history of facts.ts.
   */
  async write<K extends FactKind>(
    kind: K,
    entries: ReadonlyMap<string, FactEntries[K] | null>,
    merge?: Merge<K>,
    written?: Written<K>,
  ): Promise<void> {
    const byBucket = new Map<string, [string, FactEntries[K] | null][]>();
    for (const [id, entry] of entries) {
      const key = bucketOf(kind, id);
      const list = byBucket.get(key) ?? [];
      list.push([id, entry]);
      byBucket.set(key, list);
    }
    for (const [key, changes] of byBucket) {
      await writeBucket(key, changes, merge as Merge<FactKind> | undefined, written as Written<FactKind> | undefined);
      noteWritten(key);
    }
  },

  /** One record's fact as the projection holds it, or null. */
  async read<K extends FactKind>(kind: K, id: string): Promise<FactEntries[K] | null> {
    const doc = await Bucket.findById(bucketOf(kind, id)).lean<BucketDoc>();
    return doc ? ((decode(doc.body)[id] as FactEntries[K] | undefined) ?? null) : null;
  },

  /**
   * The positions and workers the projection holds, whatever its version or completeness: a
   * rebuild carries their history over (only the projection knows what records were before).
   */
  async readDated(): Promise<{ position: Map<string, PositionEntry>; worker: Map<string, WorkerEntry> }> {
    const out = { position: new Map<string, PositionEntry>(), worker: new Map<string, WorkerEntry>() };
    for (const kind of ['position', 'worker'] as const) {
      const p = prefix[kind];
      // A range of keys: the buckets of one kind only (the applications are most of the bytes).
      const cursor = Bucket.find({ _id: trusted({ $gte: `${p}:`, $lt: `${p};` }) })
        .lean<BucketDoc>()
        .cursor({ batchSize: 64 });
      for await (const row of cursor) {
        const map = out[kind] as Map<string, unknown>;
        for (const [id, entry] of Object.entries(decode((row as BucketDoc).body))) map.set(id, entry);
      }
    }
    return out;
  },

  /** One kind's buckets with their revisions, one at a time (the indicator aggregate's rebuild). */
  async *buckets<K extends FactKind>(
    kind: K,
  ): AsyncGenerator<{ bucket: string; rev: number; entries: Record<string, FactEntries[K]> }> {
    const p = prefix[kind];
    const cursor = Bucket.find({ _id: trusted({ $gte: `${p}:`, $lt: `${p};` }) })
      .lean<BucketDoc>()
      .cursor({ batchSize: 64 });
    for await (const row of cursor) {
      const doc = row as BucketDoc;
      yield { bucket: doc._id, rev: doc.rev ?? 0, entries: decode(doc.body) as Record<string, FactEntries[K]> };
    }
  },

  /**
   * What identifies the projection as a whole: a rebuild starts the buckets' revisions again,
   * so a bucket's revision means something only together with this (null: not complete).
   */
  async identity(): Promise<string | null> {
    const meta = await Meta.findById(META_ID).lean<{ version: number; complete: boolean; builtAt?: Date }>();
    if (!meta?.complete || meta.version !== FACTS_VERSION) return null;
    return `${meta.version}@${meta.builtAt ? new Date(meta.builtAt).getTime() : 0}`;
  },

  /** Every bucket's revision, by key, without its body. */
  async revisions(): Promise<Map<string, number>> {
    const rows = await Bucket.find({}, { rev: 1 }).lean<{ _id: string; rev?: number }[]>();
    return new Map(rows.map((r) => [r._id, r.rev ?? 0]));
  },

  /**
   * The buckets named (point lookups, a few at a time), or all of them (one cursor: measured at
   * the 2025 scale, key ranges read in parallel were slower on two cores), each decoded.
   */
  async readBuckets(keys: readonly string[] | 'all', found: (bucket: DecodedBucket) => void): Promise<void> {
    const take = (doc: BucketDoc) =>
      found({ key: doc._id, rev: doc.rev ?? 0, entries: Object.values(decode(doc.body)) });
    if (keys !== 'all') {
      await forEachLimited(keys, POINT_READS, async (key) => {
        const doc = await Bucket.findById(key).lean<BucketDoc>();
        if (doc) take(doc);
      });
      return;
    }
    for await (const row of Bucket.find().lean<BucketDoc>().cursor({ batchSize: 64 })) take(row as BucketDoc);
  },

  /** Every fact in the projection. */
  async readAll(): Promise<AllFacts> {
    const out: AllFacts = { positions: [], applications: [], workers: [] };
    const target = { p: out.positions, a: out.applications, w: out.workers } as Record<string, unknown[]>;
    for await (const row of Bucket.find().lean<BucketDoc>().cursor({ batchSize: 64 })) {
      const doc = row as BucketDoc;
      const list = target[doc._id.slice(0, 1)];
      if (!list) continue;
      for (const entry of Object.values(decode(doc.body))) list.push(entry);
    }
    return out;
  },
};

/**
 * Read, change, write back if nobody wrote in between (the revision), else again: two app nodes
 * draining at once on MongoDB never lose each other's changes. (On the embedded database one
 * process serialises every operation, so the compare-and-set never races there.)
 */
async function writeBucket(
  key: string,
  changes: readonly [string, unknown][],
  merge: Merge<FactKind> | undefined,
  written: Written<FactKind> | undefined,
): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const doc = await Bucket.findById(key).lean<BucketDoc>();
    const body = doc ? decode(doc.body) : {};
    const held = written ? changes.map(([id]) => (body[id] ?? null) as FactEntries[FactKind] | null) : [];
    for (const [id, entry] of changes) {
      if (entry === null) delete body[id];
      else body[id] = merge ? merge(id, (body[id] ?? null) as never, entry as never) : entry;
    }
    const rev = doc?.rev ?? 0;
    const replacement = { _id: key, body: encode(body), rev: rev + 1 };
    let wrote = false;
    try {
      if (!doc) {
        await Bucket.collection.insertOne(replacement as never);
        wrote = true;
      } else {
        const res = await Bucket.collection.replaceOne({ _id: key, rev } as never, replacement);
        wrote = res.matchedCount === 1;
      }
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    if (wrote) {
      // Outside the try: a failing hook fails the write's caller, never repeats the write.
      const after = (id: string) => (body[id] ?? null) as FactEntries[FactKind] | null;
      await written?.({
        bucket: key,
        rev: rev + 1,
        changes: changes.map(([id], i) => ({ before: held[i] ?? null, after: after(id) })),
      });
      return;
    }
  }
  throw new Error(`statistics facts bucket ${key}: too many concurrent writers`);
}

/*
 * Buckets are deflated JSON: a tenth of the bytes, and read back three times faster from the
 * embedded database (measured: 1,024 buckets of 300 applications, 2.9 s as JSON strings, 0.9 s
 * deflated — the database's decoding, not ours, is the cost). Level 1: compression is not the
 * bottleneck either way.
 */
function encode(entries: Record<string, unknown>): Buffer {
  return zlib.deflateRawSync(JSON.stringify(entries), { level: 1 });
}

function decode(body: BucketDoc['body']): Record<string, unknown> {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer);
  return JSON.parse(zlib.inflateRawSync(bytes).toString('utf8')) as Record<string, unknown>;
}

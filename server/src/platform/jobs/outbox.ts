import mongoose from 'mongoose';
import { deleteInChunks } from '../db/bulk-delete.js';
import { atMost } from '../db/selectors.js';
import type { Logger } from '../logger.js';

interface OutboxEntry {
  _id: mongoose.Types.ObjectId;
  kind: string;
  docId: string;
  attempts: number;
}

const outboxSchema = new mongoose.Schema(
  {
    kind: String,
    docId: String,
    attempts: { type: Number, default: 0 },
    nextAttemptAt: Date,
    lastError: { type: String, default: null },
    createdAt: Date,
  },
  { versionKey: false },
);
outboxSchema.index({ nextAttemptAt: 1 });

const createModel = (collection: string) => mongoose.model(`Outbox_${collection}`, outboxSchema, collection);

const BATCH = 500;
const backoffMs = (attempts: number) => Math.min(60_000, 1_000 * 2 ** Math.min(attempts, 6));

/**
 * A transactional-outbox worker for projections of MongoDB (the search index, the statistics
 * facts). Every change inserts its own entry — append-only: a single counter entry per document,
 * bumped on change and deleted when applied, loses changes on FerretDB, where an upsert racing a
 * delete of the same document can vanish. A drain reads due entries, applies each document's
 * current state once, and deletes exactly the entries it read; on failure they wait with backoff.
 */
export class Outbox {
  readonly model: ReturnType<typeof createModel>;
  private draining: Promise<void> | null = null;
  private again = false;
  private scheduled = false;
  private enabled = false;
  lastFailure: string | null = null;

  constructor(
    collection: string,
    private readonly apply: (kind: string, ids: string[]) => Promise<void>,
    private readonly opts: { log: Logger; expected?: (err: unknown) => boolean },
  ) {
    const name = `Outbox_${collection}`;
    this.model =
      (mongoose.models[name] as typeof this.model | undefined) ?? mongoose.model(name, outboxSchema, collection);
  }

  /** Drains only once the projection exists (after its first build). */
  enable(): void {
    this.enabled = true;
  }

  disable(): void {
    this.enabled = false;
  }

  async enqueue(kind: string, docIds: readonly string[]): Promise<void> {
    if (docIds.length === 0) return;
    const now = new Date();
    await this.model.insertMany(
      docIds.map((docId) => ({ kind, docId, attempts: 0, nextAttemptAt: now, lastError: null, createdAt: now })),
      { ordered: false },
    );
    this.kick();
  }

  /** Drains soon, once, however many changes arrive in the same turn. */
  kick(): void {
    if (this.scheduled || !this.enabled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      // A failure (the database restarting) leaves the entries due; the scheduled tick retries.
      this.drain().catch((err: unknown) =>
        this.opts.log.warn({ err }, 'outbox drain failed; retrying on the next tick'),
      );
    });
  }

  /** Applies every due entry; resolves when the backlog is empty or applying failed. */
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
    const due = await this.model
      .find({ nextAttemptAt: atMost(new Date()) })
      .sort({ nextAttemptAt: 1 })
      .limit(BATCH)
      .lean<OutboxEntry[]>();
    if (due.length === 0) return false;
    try {
      for (const kind of new Set(due.map((e) => e.kind))) {
        // Several changes to one document collapse: its current state is read once.
        await this.apply(kind, [...new Set(due.filter((e) => e.kind === kind).map((e) => e.docId))]);
      }
      this.lastFailure = null;
    } catch (err) {
      this.lastFailure = err instanceof Error ? err.message : String(err);
      if (!this.opts.expected?.(err)) this.opts.log.error({ err }, 'outbox apply failed');
      await this.model.bulkWrite(
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
    await this.model.bulkWrite(
      due.map((e) => ({ deleteOne: { filter: { _id: e._id } } })),
      { ordered: false },
    );
    return due.length === BATCH;
  }

  /** Retries everything now (the target is back): clears the backoff and drains. */
  async resumeNow(): Promise<void> {
    await this.model.updateMany({}, { $set: { nextAttemptAt: new Date() } });
    this.lastFailure = null;
    await this.drain();
  }

  /** The scheduled job: drain, and when the target has come back after a failure, retry at once. */
  async tick(targetHealthy: () => Promise<boolean> = async () => true): Promise<void> {
    if (!this.enabled) return;
    if (this.lastFailure && (await targetHealthy())) await this.resumeNow();
    else await this.drain();
  }

  async backlog(): Promise<number> {
    return this.model.countDocuments();
  }

  async clear(): Promise<void> {
    await deleteInChunks(this.model, {});
  }
}

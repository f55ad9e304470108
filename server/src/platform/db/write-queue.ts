import mongoose from 'mongoose';

/**
 * FerretDB 1.24 runs an update or a conditional delete as "read the matching documents on one
 * PostgreSQL connection, then rewrite or delete them by _id on another", so two concurrent writers
 * to one document can both win (measured on PostgreSQL: 2–30 winners of 30 compare-and-set
 * updates, 20 parallel `$inc` ending at 1–5). Every write of that kind is therefore queued: one at a
 * time per collection, in arrival order, in this process (the embedded database serves one app
 * process). Plain inserts are atomic there (a unique index refuses a duplicate) and reads are never
 * queued, so they run in parallel. On MongoDB these writes are atomic and nothing is queued.
 */
const QUEUED_WRITES = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'bulkWrite',
] as const;

/** A FIFO per key: a task starts when the one queued before it for the same key has settled. */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private waiting = 0;

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    this.waiting += 1;
    const result = previous.then(() => {
      this.waiting -= 1;
      return task();
    });
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Tasks waiting for their turn (not counting the ones running). */
  get depth(): number {
    return this.waiting;
  }
}

export const writeQueue = new KeyedQueue();
let enabled = false;
let installed = false;

type DriverMethod = (this: mongoose.mongo.Collection, ...args: unknown[]) => Promise<unknown>;

/**
 * Routes the driver's conditional writes through `writeQueue` while `on` (FerretDB). Patching the
 * driver's Collection once covers every path at once: mongoose models, `Model.bulkWrite`, and raw
 * `connection.collection(…)` calls alike.
 */
export function queueConditionalWrites(on: boolean): void {
  enabled = on;
  if (installed || !on) return;
  installed = true;
  const proto = mongoose.mongo.Collection.prototype as unknown as Record<string, DriverMethod>;
  for (const name of QUEUED_WRITES) {
    const original = proto[name];
    if (typeof original !== 'function') throw new Error(`the MongoDB driver has no Collection.${name}`);
    proto[name] = function queued(this: mongoose.mongo.Collection, ...args: unknown[]) {
      if (!enabled) return original.apply(this, args);
      return writeQueue.run(this.namespace, () => original.apply(this, args));
    };
  }
}

export const conditionalWritesQueued = () => enabled;

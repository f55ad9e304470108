import mongoose from 'mongoose';
import type { Logger } from '../logger.js';
import { closeSqlReads, useSqlReads } from './sql-reads.js';
import { queueConditionalWrites } from './write-queue.js';

// Defence in depth against operator injection ({ $gt: '' } in a filter) on top of zod at the edge,
// and unknown filter paths are a programming error, not an empty result.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
// Indexes are created explicitly at start-up (some kinds only on real MongoDB).
mongoose.set('autoIndex', false);
mongoose.set('autoCreate', true);

let users = 0;
let connectedTo: string | undefined;
let ferretDb = false;

/** FerretDB answers buildInfo with its own version field. */
async function isFerretDb(uri: string): Promise<boolean> {
  const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 10_000, maxPoolSize: 1 });
  try {
    await client.connect();
    const info = await client.db('admin').command({ buildInfo: 1 });
    return typeof info.ferretdbVersion === 'string';
  } finally {
    await client.close();
  }
}

/** Whether this process talks to FerretDB (conditional writes queued, some operators scan). */
export function onFerretDb(): boolean {
  return ferretDb;
}

/**
 * Connects the process-wide mongoose (models are registered on it). Several app nodes in one
 * process (the multi-node tests) share the connection, so it is counted, and a second node
 * asking for another database is a mistake worth failing loudly on.
 *
 * Reads run in parallel on a pool. On FerretDB, whose updates are not atomic, the writes that
 * rely on a condition are queued per collection (`write-queue.ts`); on MongoDB nothing is.
 * Server selection gives up after 5 s, so a dead database turns into a 503, not a hung request.
 */
export async function connectMongoose(
  uri: string,
  dbName: string,
  opts: { postgresUrl?: string | undefined } = {},
): Promise<typeof mongoose> {
  const target = `${uri}|${dbName}`;
  if (users > 0 && connectedTo !== target) {
    throw new Error(`mongoose is already connected to ${connectedTo}; one process serves one database`);
  }
  users += 1;
  if (users === 1) {
    connectedTo = target;
    try {
      ferretDb = await isFerretDb(uri);
      queueConditionalWrites(ferretDb);
      await mongoose.connect(uri, {
        dbName,
        serverSelectionTimeoutMS: 5_000,
        connectTimeoutMS: 5_000,
        maxPoolSize: 24,
        minPoolSize: 2,
        monitorCommands: true,
      });
      if (ferretDb) useSqlReads(opts.postgresUrl, dbName);
    } catch (err) {
      users = 0;
      connectedTo = undefined;
      throw err;
    }
  }
  return mongoose;
}

/** True when the database answers a ping within the timeout. */
export async function pingDatabase(timeoutMs = 1_500): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  try {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('ping timeout')), timeoutMs);
    });
    await Promise.race([db.command({ ping: 1 }), timeout]).finally(() => clearTimeout(timer));
    return true;
  } catch {
    return false;
  }
}

export async function disconnectMongoose(): Promise<void> {
  users = Math.max(0, users - 1);
  if (users === 0) {
    connectedTo = undefined;
    await closeSqlReads();
    await mongoose.disconnect();
  }
}

/**
 * Logs every database command slower than `thresholdMs` with its collection and the field names of
 * its filter (never the values: they may be personal data), so a scan shows up in the logs.
 */
export function logSlowCommands(log: Logger, thresholdMs: number): () => void {
  if (thresholdMs <= 0) return () => undefined;
  const client = mongoose.connection.getClient();
  const started = new Map<number, { name: string; collection: unknown; shape: string }>();
  const onStart = (e: mongoose.mongo.CommandStartedEvent) => {
    const cmd = e.command as Record<string, unknown>;
    const filter = (cmd.filter ?? cmd.q ?? (Array.isArray(cmd.pipeline) ? cmd.pipeline[0] : undefined)) as unknown;
    const collection = e.commandName === 'getMore' ? cmd.collection : cmd[e.commandName];
    started.set(e.requestId, { name: e.commandName, collection, shape: shapeOf(filter) });
  };
  const onEnd = (e: mongoose.mongo.CommandSucceededEvent | mongoose.mongo.CommandFailedEvent) => {
    const cmd = started.get(e.requestId);
    started.delete(e.requestId);
    if (cmd && e.duration >= thresholdMs)
      log.warn({ db: { ...cmd, ms: Math.round(e.duration) } }, 'slow database command');
  };
  client.on('commandStarted', onStart);
  client.on('commandSucceeded', onEnd);
  client.on('commandFailed', onEnd);
  return () => {
    client.off('commandStarted', onStart);
    client.off('commandSucceeded', onEnd);
    client.off('commandFailed', onEnd);
  };
}

/** `{ a: 1, b: { $in: [..] } }` → `{a,b:{$in}}`: the shape of a filter without its values. */
function shapeOf(value: unknown, depth = 0): string {
  if (!isPlainObject(value) || depth > 3) return '';
  const parts = Object.entries(value).map(([k, v]) => {
    const inner = isPlainObject(v) ? shapeOf(v, depth + 1) : '';
    return inner ? `${k}:${inner}` : k;
  });
  return `{${parts.join(',')}}`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

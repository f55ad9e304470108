import mongoose from 'mongoose';

// Defence in depth against operator injection ({ $gt: '' } in a filter) on top of zod at the edge,
// and unknown filter paths are a programming error, not an empty result.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
// Indexes are created explicitly at start-up (some kinds only on real MongoDB).
mongoose.set('autoIndex', false);
mongoose.set('autoCreate', true);

let users = 0;
let connectedTo: string | undefined;
let serialised = false;

/**
 * True when the server is FerretDB. Its update and findAndModify read a document, apply the
 * operators, and write it back by _id outside one transaction, so two concurrent writers to a
 * document both "win" (measured: compare-and-set broke in 26 of 30 rounds of 8 writers, $inc lost
 * increments in 20 of 20). One connection serialises every operation from this process.
 */
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

/** Whether this process serialises its database operations (it talks to FerretDB). */
export function databaseOperationsSerialised(): boolean {
  return serialised;
}

/**
 * Connects the process-wide mongoose (models are registered on it). Several app nodes in one
 * process (the multi-node tests) share the connection, so it is counted, and a second node
 * asking for another database is a mistake worth failing loudly on.
 */
export async function connectMongoose(uri: string, dbName: string): Promise<typeof mongoose> {
  const target = `${uri}|${dbName}`;
  if (users > 0 && connectedTo !== target) {
    throw new Error(`mongoose is already connected to ${connectedTo}; one process serves one database`);
  }
  users += 1;
  if (users === 1) {
    connectedTo = target;
    serialised = await isFerretDb(uri);
    await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000, maxPoolSize: serialised ? 1 : 20 });
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
    await mongoose.disconnect();
  }
}

import mongoose from 'mongoose';

// Defence in depth against operator injection ({ $gt: '' } in a filter) on top of zod at the edge,
// and unknown filter paths are a programming error, not an empty result.
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', 'throw');
// Indexes are created explicitly at start-up (some kinds only on real MongoDB).
mongoose.set('autoIndex', false);
mongoose.set('autoCreate', true);

export async function connectMongoose(uri: string, dbName: string): Promise<typeof mongoose> {
  return mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000, maxPoolSize: 20 });
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
  await mongoose.disconnect();
}

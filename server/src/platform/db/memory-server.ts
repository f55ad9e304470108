import fs from 'node:fs';
import type { DatabaseServer } from './database-server.js';

/** Last resort: mongodb-memory-server-core (optional dependency) with a persistent dbPath. */
export async function startMemoryServer(dir: string): Promise<Omit<DatabaseServer, 'status' | 'processes'>> {
  fs.mkdirSync(dir, { recursive: true });
  let MongoMemoryServer: typeof import('mongodb-memory-server-core').MongoMemoryServer;
  try {
    ({ MongoMemoryServer } = await import('mongodb-memory-server-core'));
  } catch {
    throw new Error('mongodb-memory-server-core is not installed; set MONGODB_URI or install Go for FerretDB');
  }
  const server = await MongoMemoryServer.create({ instance: { dbPath: dir, storageEngine: 'wiredTiger' } });
  return {
    uri: server.getUri(),
    engine: 'mongodb-memory-server',
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

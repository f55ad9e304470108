import { type Config, loadConfig } from '../config.js';
import { connectMongoose, disconnectMongoose } from '../platform/db/connect.js';
import { type DatabaseServer, startDatabaseServer } from '../platform/db/database-server.js';
import { ensureIndexes } from '../platform/db/indexes.js';
import { createLogger, type Logger } from '../platform/logger.js';
import type { SearchServer } from '../platform/search/index.js';
import { startConfiguredSearch } from '../start-search.js';

export interface CliContext {
  config: Config;
  logger: Logger;
  db: DatabaseServer;
  /** Only when asked for: the app's Meilisearch (shared while the app runs it), or the configured one. */
  search?: SearchServer;
  close(): Promise<void>;
}

/**
 * Opens the same database the app uses (MONGODB_URI, or the embedded server of DATA_DIR —
 * shared with a running app rather than started twice).
 */
export async function openCli(opts: { search?: boolean } = {}): Promise<CliContext> {
  let config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', 'cli');
  const db = await startDatabaseServer({
    mongodbUri: config.MONGODB_URI,
    dataDir: config.DATA_DIR,
    prefer: config.EMBEDDED_DB,
    repoRoot: config.repoRoot,
    ferretDbBin: config.FERRETDB_BIN,
    log: logger,
  });
  await connectMongoose(db.uri, config.MONGODB_DB, { postgresUrl: db.postgresUrl });
  await ensureIndexes(logger);
  let search: SearchServer | undefined;
  if (opts.search) ({ search, config } = await startConfiguredSearch(config, logger));
  return {
    config,
    logger,
    db,
    ...(search ? { search } : {}),
    async close() {
      await disconnectMongoose();
      await search?.stop();
      await db.stop();
    },
  };
}

/** `--name value` pairs from argv. */
export function flags(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg?.startsWith('--')) {
      const next = argv[i + 1];
      if (next && !next.startsWith('--')) {
        out[arg.slice(2)] = next;
        i += 1;
      } else out[arg.slice(2)] = 'true';
    }
  }
  return out;
}

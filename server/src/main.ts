import { ConfigError, loadConfig } from './config.js';
import { startDatabaseServer } from './platform/db/database-server.js';
import { createLogger } from './platform/logger.js';
import { startServer } from './server.js';
import { startConfiguredSearch } from './start-search.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const db = await startDatabaseServer({
    mongodbUri: config.MONGODB_URI,
    dataDir: config.DATA_DIR,
    prefer: config.EMBEDDED_DB,
    repoRoot: config.repoRoot,
    ferretDbBin: config.FERRETDB_BIN,
    log: logger,
  });
  const { search, config: configured } = await startConfiguredSearch(config, logger);
  const server = await startServer({
    config: configured,
    logger,
    mongoUri: db.uri,
    dbEngine: db.engine,
    postgresUrl: db.postgresUrl,
    dbStatus: () => db.status(),
  });
  logger.info({ url: server.url, db: db.engine, search: search.kind }, 'listening');
  process.stdout.write(
    `\n  上海社会工作人才供需平台 · Shanghai social-work talent platform\n  ${server.url}  (database: ${db.engine}, search: ${searchLabel(search.kind)}, e-mail: ${mailLabel(server.services.mailer.delivery)})\n\n`,
  );

  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, 'shutting down');
    try {
      await server.close();
      await search.stop();
      await db.stop();
    } catch (err) {
      logger.error({ err }, 'error during shutdown');
      code = code || 1;
    }
    process.exit(code);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.on('SIGINT', () => void shutdown('SIGINT', 0));
  // A rejected promise nobody awaited is a bug to fix, not a reason to take the platform down for
  // everyone (a database restart used to end the process this way).
  process.on('unhandledRejection', (err) => {
    logger.error({ err }, 'unhandled rejection');
  });
}

function searchLabel(kind: 'meilisearch' | 'meilisearch-child' | 'embedded'): string {
  if (kind === 'embedded') return 'in-process';
  return kind === 'meilisearch-child' ? 'Meilisearch (MEILI_BIN)' : 'Meilisearch';
}

function mailLabel(delivery: 'smtp' | 'log' | 'off'): string {
  if (delivery === 'smtp') return 'SMTP';
  return delivery === 'log' ? 'off — written to the log' : 'off';
}

main().catch((err: unknown) => {
  process.stderr.write(`start-up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

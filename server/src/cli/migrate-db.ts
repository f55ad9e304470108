// npm run migrate-db
// Copies DATA_DIR's SQLite database (the embedded default before PostgreSQL) into the embedded
// PostgreSQL, then keeps the SQLite files beside it under a new name.
import { loadConfig } from '../config.js';
import { migrateSqliteToPostgres } from '../platform/db/migrate-sqlite.js';
import { createLogger } from '../platform/logger.js';

const config = loadConfig();
const log = createLogger(process.env.LOG_LEVEL ?? 'warn', 'migrate-db');
process.stdout.write(`Copying the SQLite database in ${config.DATA_DIR} into PostgreSQL…\n`);
try {
  const summary = await migrateSqliteToPostgres({
    dataDir: config.DATA_DIR,
    repoRoot: config.repoRoot,
    ferretDbBin: config.FERRETDB_BIN,
    log,
    progress: (line) => process.stdout.write(`${line}\n`),
  });
  const documents = summary.databases.flatMap((d) => d.collections).reduce((n, c) => n + c.documents, 0);
  process.stdout.write(
    `Done in ${(summary.ms / 1000).toFixed(1)} s: ${documents} documents. The SQLite files are kept at ${summary.keptAt}.\n`,
  );
} catch (err) {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}

import type { Config } from './config.js';
import { ensureFerretDbBinary } from './platform/db/ferretdb.js';
import type { Logger } from './platform/logger.js';
import { type SearchServer, startSearchServer } from './platform/search/index.js';

/**
 * The search engine the configuration asks for (MEILI_HOST, else MEILI_BIN as a child, else the
 * in-process engine), and the configuration the services are then built with.
 */
export async function startConfiguredSearch(
  config: Config,
  logger: Logger,
): Promise<{ search: SearchServer; config: Config }> {
  const search = await startSearchServer({
    meiliHost: config.MEILI_HOST,
    meiliMasterKey: config.MEILI_MASTER_KEY,
    meiliBin: config.MEILI_BIN,
    dataDir: config.DATA_DIR,
    // The FerretDB wrapper's `guard` keeps Meilisearch from outliving a killed app, as it does PostgreSQL.
    guardBin: async () => config.FERRETDB_BIN ?? (await ensureFerretDbBinary(config.repoRoot, logger)),
    log: logger,
  });
  return { search, config: { ...config, MEILI_HOST: search.host, MEILI_MASTER_KEY: search.masterKey } };
}

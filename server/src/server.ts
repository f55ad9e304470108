import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { databaseIsEmpty, seedDemo } from './demo/seed.js';
import { purgeExpiredSessions } from './modules/accounts/index.js';
import { connectMongoose, disconnectMongoose, pingDatabase } from './platform/db/connect.js';
import type { DatabaseEngine } from './platform/db/database-server.js';
import { ensureIndexes } from './platform/db/indexes.js';
import { Scheduler } from './platform/jobs/scheduler.js';
import type { Logger } from './platform/logger.js';
import type { SearchEngine } from './platform/search/index.js';
import { purgeExpiredCounters } from './platform/security/rate-limit.js';
import { buildServices, type Services } from './services.js';
import { version } from './version.js';

export interface ServerOptions {
  config: Config;
  logger: Logger;
  mongoUri: string;
  dbEngine: DatabaseEngine;
  /** Another search engine than the configured one (tests inject outages with it). */
  searchEngine?: SearchEngine;
}

export interface RunningServer {
  url: string;
  http: http.Server;
  app: ReturnType<typeof createApp>;
  services: Services;
  scheduler: Scheduler;
  /** Resolves when the search index is ready (the in-process engine rebuilds at start-up). */
  searchReady: Promise<void>;
  /** Stops accepting, drains in-flight requests (up to `graceMs`), closes the database connection. */
  close(graceMs?: number): Promise<void>;
}

/** Everything main.ts does short of choosing the database and handling signals; tests use it too. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { config, logger } = opts;
  await connectMongoose(opts.mongoUri, config.MONGODB_DB);
  await ensureIndexes(logger);
  if (config.SEED_DEMO === 'if-empty' && (await databaseIsEmpty())) {
    logger.info('empty database: seeding the demo platform');
    const seeded = await seedDemo({ preset: 'demo', log: logger });
    logger.info(seeded, 'demo data ready');
  }
  const services = buildServices(config, logger, opts.searchEngine);
  const scheduler = new Scheduler(logger)
    .every('purge-sessions', 10 * 60_000, () => purgeExpiredSessions())
    .every('purge-rate-counters', 10 * 60_000, () => purgeExpiredCounters())
    .every('expire-positions', 5 * 60_000, () => services.positions.expireDue())
    .every('search-outbox', 5_000, () => services.searchSync.tick());

  const app = createApp({
    config,
    logger,
    services,
    health: {
      dbEngine: opts.dbEngine,
      pingDb: () => pingDatabase(),
      searchEngine: services.searchEngine.kind,
      pingSearch: () => services.searchSync.healthy(),
      version,
      startedAt: Date.now(),
    },
  });
  const server = http.createServer(app);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  if (config.NODE_ENV !== 'test') scheduler.start();
  // The in-process index is a projection of MongoDB, rebuilt at every start; Meilisearch keeps its own.
  const searchReady = (
    services.searchEngine.kind === 'embedded'
      ? services.searchSync.rebuild('projection').then((r) => logger.info(r, 'search index built'))
      : services.searchSync.resume()
  ).catch((err: unknown) => logger.error({ err }, 'search index not ready; search answers 503 until it is'));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;

  return {
    url,
    http: server,
    app,
    services,
    scheduler,
    searchReady,
    async close(graceMs = 10_000) {
      await scheduler.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      await Promise.allSettled([...services.registry.running.values(), searchReady]);
      await services.searchEngine.close();
      await disconnectMongoose();
    },
  };
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { databaseIsEmpty, seedDemo } from './demo/seed.js';
import { dataMigrations } from './migrations.js';
import {
  type PasswordHasher,
  purgeExpiredSessions,
  purgeExpiredThrottle,
  purgeExpiredTokens,
  resolveSession,
  SESSION_COOKIE,
} from './modules/accounts/index.js';
import { settleGoneOrganisations } from './modules/applications/index.js';
import { remindContinuingEducation, remindExpiringPositions } from './modules/notifications/index.js';
import { POSITIONS_INDEX, TALENT_INDEX } from './modules/search/index.js';
import { connectMongoose, disconnectMongoose, logSlowCommands, pingDatabase } from './platform/db/connect.js';
import type { DatabaseEngine } from './platform/db/database-server.js';
import { ensureIndexes } from './platform/db/indexes.js';
import { runMigrations } from './platform/db/migrations.js';
import { Scheduler } from './platform/jobs/scheduler.js';
import type { Logger } from './platform/logger.js';
import { Realtime, rooms } from './platform/realtime/realtime.js';
import type { SearchEngine } from './platform/search/index.js';
import { purgeExpiredCounters } from './platform/security/rate-limit.js';
import { buildServices, type Services } from './services.js';
import { version } from './version.js';

/** The Vite dev server's origins, allowed on the realtime channel in development. */
const DEV_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'];

export interface ServerOptions {
  config: Config;
  logger: Logger;
  mongoUri: string;
  dbEngine: DatabaseEngine;
  /** The PostgreSQL under the embedded FerretDB, for paging lists in SQL. */
  postgresUrl?: string | undefined;
  /** The embedded database's supervision state, when this process runs it. */
  dbStatus?: () => 'up' | 'down';
  /** Another search engine than the configured one (tests inject outages with it). */
  searchEngine?: SearchEngine;
  /** Another password hasher than argon2id (tests count verifications with it). */
  passwords?: PasswordHasher;
}

export interface RunningServer {
  url: string;
  http: http.Server;
  app: ReturnType<typeof createApp>;
  services: Services;
  scheduler: Scheduler;
  realtime: Realtime;
  /** Resolves when the search index is ready (the in-process engine rebuilds at start-up). */
  searchReady: Promise<void>;
  /** Resolves when the statistics facts projection is built or found current. */
  factsReady: Promise<void>;
  /** Stops accepting, drains in-flight requests (up to `graceMs`), closes the database connection. */
  close(graceMs?: number): Promise<void>;
}

/** Everything main.ts does short of choosing the database and handling signals; tests use it too. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const { config, logger } = opts;
  await connectMongoose(opts.mongoUri, config.MONGODB_DB, { postgresUrl: opts.postgresUrl });
  const stopSlowLog = logSlowCommands(logger, config.SLOW_QUERY_MS);
  await ensureIndexes(logger);
  await runMigrations(dataMigrations, logger);
  if (config.SEED_DEMO === 'if-empty' && (await databaseIsEmpty())) {
    logger.info('empty database: seeding the demo platform');
    const seeded = await seedDemo({ preset: 'demo', log: logger, reports: true });
    logger.info(seeded, 'demo data ready');
  }
  const services = buildServices(
    config,
    logger,
    opts.searchEngine,
    opts.passwords ? { passwords: opts.passwords } : {},
  );
  logMailDelivery(services, logger);
  const scheduler = new Scheduler(logger)
    .every('purge-sessions', 10 * 60_000, () => purgeExpiredSessions())
    .every('purge-rate-counters', 10 * 60_000, () => purgeExpiredCounters())
    .every('purge-sign-in-throttle', 10 * 60_000, () => purgeExpiredThrottle())
    .every('purge-account-links', 60 * 60_000, () => purgeExpiredTokens())
    .every('mail-outbox', 5_000, () => services.mailer.outbox.tick())
    .every('expire-positions', 5 * 60_000, () => services.positions.expireDue())
    .every('settle-closed-organisations', 6 * 3600_000, () => settleGoneOrganisations(services))
    .every('search-outbox', 5_000, () => services.searchSync.tick())
    .every('statistics-outbox', 5_000, () => services.facts.outbox.tick())
    // The release calendar drafts each period within the hour after it ends (and at start-up).
    .every('draft-ended-reports', 3600_000, () => services.reports.draftEnded())
    // Repairs drift the aggregate could gather (a crash between a facts bucket write and its
    // increment is already repaired at start-up; this covers the rare cross-node window).
    .every('indicator-aggregate', 6 * 3600_000, () => services.indicators.aggregate.rebuild())
    .every('saved-search-digest', 24 * 3600_000, () => services.savedSearches.sendDigests())
    .every('saved-search-refresh', 60_000, () => services.savedSearches.load())
    .every('expire-invitations', 15 * 60_000, () => services.invitations.expireDue())
    .every('remind-expiring-positions', 3600_000, () => remindExpiringPositions(services.notifications))
    .every('remind-continuing-education', 24 * 3600_000, () => remindContinuingEducation(services.notifications))
    // Registry imports left by a stopped or dead node (their lease released or expired) resume here.
    .every('registry-imports', 30_000, () => services.registry.resumeDue())
    // Claims never assessed against the registry (older data, the demo seed): verified or given reasons.
    .every('assess-certificate-claims', 3600_000, () => services.registry.assessUnassessedClaims());

  const app = createApp({
    config,
    logger,
    services,
    ...(opts.dbStatus ? { dbStatus: opts.dbStatus } : {}),
    health: {
      dbEngine: opts.dbEngine,
      pingDb: async () => opts.dbStatus?.() !== 'down' && (await pingDatabase()),
      searchEngine: services.searchEngine.kind,
      pingSearch: () => services.searchSync.healthy(),
      mail: () => services.mailer.health(),
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
  const realtime = await Realtime.attach(server, {
    authenticate: resolveSession,
    sessionCookie: SESSION_COOKIE,
    allowedOrigins:
      config.NODE_ENV === 'development' ? [...config.ALLOWED_ORIGINS, ...DEV_ORIGINS] : config.ALLOWED_ORIGINS,
    missedSince: (viewer, lastSeenId) => services.notifications.since(viewer.userId, lastSeenId),
    messagesSince: (viewer, lastSeenId) => services.conversationViews.since(viewer, lastSeenId),
    redisUrl: config.REDIS_URL,
    log: logger,
  });
  services.notifications.attach(realtime);
  // Sign-out, password change, disabling and membership changes end the affected live connections.
  services.events.on('user.sessions_revoked', ({ userId }) => realtime.disconnect(rooms.user(userId)));
  services.events.on('session.ended', ({ sessionId }) => realtime.disconnect(rooms.session(sessionId)));
  services.events.on('user.membership_changed', ({ userId }) => realtime.disconnect(rooms.user(userId)));
  await services.savedSearches.load();
  if (config.NODE_ENV !== 'test') scheduler.start();
  // The in-process index is a projection of MongoDB, rebuilt at every start; Meilisearch keeps its
  // own, and is filled from the stored projection only when it is empty (a new Meilisearch).
  const searchReady = (
    services.searchEngine.kind === 'embedded'
      ? services.searchSync.rebuild('projection').then((r) => logger.info(r, 'search index built'))
      : resumeMeilisearch(services, logger)
  ).catch((err: unknown) => logger.error({ err }, 'search index not ready; search answers 503 until it is'));
  // The statistics facts projection: built from the records when missing, then kept current.
  const factsReady = services.facts
    .ensureBuilt()
    .then(() => logger.info(services.facts.lastBuild ?? {}, 'statistics facts ready'))
    .catch((err: unknown) => logger.error({ err }, 'statistics facts not ready; reports build them on first use'))
    // The indicator aggregate is recomputed at every start (and by the scheduled job): no drift survives a restart.
    .then(() => services.indicators.aggregate.rebuild())
    .then(
      () => logger.info('indicator aggregate ready'),
      (err: unknown) => logger.error({ err }, 'indicator aggregate not ready; the dashboard rebuilds it on first use'),
    );
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
  // Links in mail need an address people can open; a wildcard listen address is not one.
  services.mailer.useListeningUrl(['0.0.0.0', '::'].includes(config.HOST) ? `http://localhost:${port}` : url);

  return {
    url,
    http: server,
    app,
    services,
    scheduler,
    searchReady,
    factsReady,
    realtime,
    async close(graceMs = 10_000) {
      // Imports stop at their next batch boundary and release their leases; shutdown never waits
      // for one to finish (the next start, or another node, resumes it).
      const importsStopped = services.registry.stop(Math.min(graceMs, 5_000));
      await scheduler.stop();
      services.mailer.stop();
      await realtime.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      // Subscribers of the last requests' events (outbox entries, notifications) finish first.
      let idleTimer: NodeJS.Timeout | undefined;
      await Promise.race([
        services.events.idle(),
        new Promise((resolve) => {
          idleTimer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(idleTimer);
      await Promise.allSettled([importsStopped, searchReady, factsReady]);
      await services.searchEngine.close();
      stopSlowLog();
      await disconnectMongoose();
    },
  };
}

/** Applies what the outbox holds; a Meilisearch without documents is built from the stored projection. */
async function resumeMeilisearch(services: Services, logger: Logger): Promise<void> {
  await services.searchSync.resume();
  const engine = services.searchEngine;
  const documents = (await engine.count(POSITIONS_INDEX)) + (await engine.count(TALENT_INDEX));
  if (documents > 0) return;
  const built = await services.searchSync.rebuild('projection');
  logger.info({ ...built, reason: 'the Meilisearch indexes were empty' }, 'search index built');
}

/** Says at start whether mail goes out, so an operator never wonders why no reset link arrives. */
function logMailDelivery(services: Services, logger: Logger): void {
  switch (services.mailer.delivery) {
    case 'smtp':
      logger.info('e-mail: on, sent through SMTP_URL');
      break;
    case 'log':
      logger.warn('e-mail is off (SMTP_URL unset): messages, with their links, are written to this log instead');
      break;
    case 'off':
      logger.warn('e-mail is off (SMTP_URL unset): sign-up, password reset and mail alerts are unavailable');
      break;
  }
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { apiRoutes } from '@shsw/shared';
import express from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import { loadViewer, registerAccountRoutes, registerAuthRoutes, SESSION_COOKIE } from './modules/accounts/index.js';
import { registerAdminRoutes } from './modules/admin/index.js';
import { registerApplicationRoutes } from './modules/applications/index.js';
import { registerBlockRoutes } from './modules/blocks/index.js';
import { registerBookmarkRoutes } from './modules/bookmarks/index.js';
import { registerConversationRoutes } from './modules/conversations/index.js';
import { registerInvitationRoutes } from './modules/invitations/index.js';
import { registerMetaRoutes } from './modules/meta/meta.router.js';
import type { HealthProbes } from './modules/meta/meta.service.js';
import { registerNotificationRoutes } from './modules/notifications/index.js';
import { registerOrganisationRoutes } from './modules/organisations/index.js';
import {
  organisationPage,
  organisationPageHead,
  positionPageHead,
  registerPositionRoutes,
} from './modules/positions/index.js';
import { registerPrivacyRoutes } from './modules/privacy/index.js';
import { registerProfileRoutes } from './modules/profiles/index.js';
import { registerRegistryRoutes } from './modules/registry/index.js';
import { registerSavedSearchRoutes } from './modules/saved-searches/index.js';
import { registerSearchRoutes } from './modules/search/index.js';
import { registerReportRoutes } from './modules/statistics/index.js';
import { apiNotFound, databaseUnavailable, errorHandler } from './platform/errors/error-handler.js';
import { ApiRouter, viewerOf } from './platform/http/api-router.js';
import { canonicalApiPaths } from './platform/http/canonical-paths.js';
import { parseCookies } from './platform/http/cookies.js';
import { RequestGate, requestKey } from './platform/http/request-gate.js';
import type { Logger } from './platform/logger.js';
import { memoryRateLimit, sharedRateLimit } from './platform/security/rate-limit.js';
import type { Services } from './services.js';

export interface AppDeps {
  config: Config;
  logger: Logger;
  health: HealthProbes;
  services: Services;
  /** `down` while the embedded database restarts: API requests then get 503 at once. */
  dbStatus?: () => 'up' | 'down';
}

/** Extra <head> content for a client route (structured data for public pages), or null. */
export type PageHead = (path: string, origin: string) => Promise<string | null>;

export const JSON_BODY_LIMIT = '1mb';
/** Heavy requests served at once over everyone (2 cores: more only queue inside the process). */
const HEAVY_ACTIVE = 4;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the Express app without listening, so tests and main.ts wire it the same way. */
export function createApp(deps: AppDeps): express.Express & { locals: { api: ApiRouter; requestGate: RequestGate } } {
  const app = express();
  app.set('trust proxy', deps.config.TRUST_PROXY ? 1 : false);
  app.set('query parser', 'simple');
  // `/Api/x`, `/api/x/` and `/api//x` are not `/api/x`: routes and the checks mounted on paths agree exactly.
  app.set('case sensitive routing', true);
  app.set('strict routing', true);

  app.use(
    pinoHttp({
      logger: deps.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // 503 is a known state (database restarting, server busy) with its own warning, not a fault.
      customLogLevel: (_req, res, err) =>
        res.statusCode === 503
          ? 'warn'
          : err || res.statusCode >= 500
            ? 'error'
            : res.statusCode >= 400
              ? 'info'
              : 'debug',
      autoLogging: { ignore: (req) => req.url === '/api/health' },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Ant Design injects its CSS-in-JS as <style> elements.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          // Local runs are plain HTTP on a LAN address too; TLS deployments set HSTS at the proxy.
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(canonicalApiPaths);
  app.use(express.json({ limit: JSON_BODY_LIMIT }));
  app.use(parseCookies);
  const gate = new RequestGate({
    maxActive: deps.config.MAX_ACTIVE_REQUESTS,
    maxActivePerKey: deps.config.MAX_ACTIVE_REQUESTS_PER_USER,
    maxQueued: 2_000,
    maxQueuedPerKey: 100,
    maxWaitMs: 20_000,
    keyOf: requestKey(SESSION_COOKIE),
  });
  app.locals.requestGate = gate;
  // Health answers even when everything else waits, and says what is down.
  const exceptHealth =
    (handler: express.RequestHandler): express.RequestHandler =>
    (req, res, next) =>
      req.path === '/health' ? next() : handler(req, res, next);
  // Monitors and load balancers poll health; they must never be told 429 (nor use up a client's budget).
  app.use('/api', exceptHealth(memoryRateLimit({ perMinute: deps.config.RATE_LIMIT_PER_MINUTE, name: 'api' })));
  const dbStatus = deps.dbStatus;
  if (dbStatus) {
    app.use(
      '/api',
      exceptHealth((_req, _res, next) => next(dbStatus() === 'down' ? databaseUnavailable() : undefined)),
    );
  }
  app.use('/api', exceptHealth(gate.middleware()));
  const authLimit = sharedRateLimit({ perMinute: deps.config.AUTH_RATE_LIMIT_PER_MINUTE, name: 'auth' });
  app.use(
    [
      apiRoutes.auth.signIn.path,
      apiRoutes.auth.signUp.path,
      apiRoutes.account.confirmSignUp.path,
      apiRoutes.account.requestPasswordReset.path,
      apiRoutes.account.resetPassword.path,
    ],
    authLimit,
  );
  app.use(loadViewer);
  const csrf = deps.services.csrf.middleware(viewerOf);
  // The bounce webhook is called by the mail provider with a shared secret, never with cookies:
  // there is no session to forge, so no CSRF token to ask for (exact path and method only).
  app.use((req, res, next) =>
    req.method === 'POST' && req.path === apiRoutes.account.reportBounce.path ? next() : csrf(req, res, next),
  );

  const s = deps.services;
  // Heavy requests (exports, reports, matching, big pages) also take a place in a narrower lane.
  const heavy = new RequestGate({
    maxActive: HEAVY_ACTIVE,
    maxActivePerKey: 1,
    maxQueued: 500,
    maxQueuedPerKey: 20,
    maxWaitMs: 30_000,
    // One person's heavy requests use at most a third of the time: each is followed by a rest
    // twice as long (capped), so someone running exports in a loop cannot slow everyone else.
    restAfter: (ranMs) => Math.min(2 * ranMs, 5_000),
    keyOf: requestKey(SESSION_COOKIE),
  });
  const api = new ApiRouter({ gate: heavy, keyOf: requestKey(SESSION_COOKIE) });
  registerMetaRoutes(api, deps.health);
  registerAuthRoutes(api, s);
  registerAccountRoutes(api, { ...s, mailWebhookSecret: deps.config.MAIL_WEBHOOK_SECRET });
  registerOrganisationRoutes(api, s);
  registerProfileRoutes(api, s);
  registerPrivacyRoutes(api, s);
  registerRegistryRoutes(api, s);
  registerAdminRoutes(api, s);
  registerSearchRoutes(api, s);
  registerPositionRoutes(api, s);
  registerApplicationRoutes(api, s);
  registerNotificationRoutes(api, s);
  registerSavedSearchRoutes(api, s);
  registerBlockRoutes(api, s);
  registerBookmarkRoutes(api, s);
  registerInvitationRoutes(api, s);
  registerConversationRoutes(api, s);
  registerReportRoutes(api, s);
  app.use(api.build());
  app.use('/api', apiNotFound);

  serveClient(app, deps.config.CLIENT_DIST, publicPageHead(deps.services));
  app.use(errorHandler);
  app.locals.api = api;
  return app as express.Express & { locals: { api: ApiRouter; requestGate: RequestGate } };
}

/** Public position pages carry their JobPosting data in the HTML itself; organisation pages their Organization data. */
function publicPageHead(services: Services): PageHead {
  return async (urlPath, origin) => {
    const org = /^\/organisations\/([0-9a-f]{24})$/.exec(urlPath);
    if (org?.[1]) {
      try {
        return organisationPageHead(await organisationPage(org[1], 1, 10), `${origin}${urlPath}`);
      } catch {
        return null;
      }
    }
    const match = /^\/positions\/([0-9a-f]{24})$/.exec(urlPath);
    if (!match?.[1]) return null;
    try {
      const position = await services.positions.show(null, match[1]);
      return positionPageHead(await services.positionViews.one(position, null), `${origin}${urlPath}`);
    } catch {
      return null;
    }
  };
}

/** Serves the built SPA: hashed assets cached long, every other GET gets index.html (with its page head). */
function serveClient(app: express.Express, dist: string, pageHead: PageHead): void {
  const index = path.join(dist, 'index.html');
  let html: { text: string; mtimeMs: number } | undefined;
  app.use('/assets', express.static(path.join(dist, 'assets'), { index: false, immutable: true, maxAge: '1y' }));
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get('/{*splat}', async (req, res, next) => {
    try {
      if (!fs.existsSync(index)) {
        res.status(503).type('text').send('The web client is not built yet: run `npm run build`.');
        return;
      }
      // Re-read after a rebuild of the client, so a running server never points at old chunks.
      const { mtimeMs } = fs.statSync(index);
      if (html?.mtimeMs !== mtimeMs) html = { text: fs.readFileSync(index, 'utf8'), mtimeMs };
      const head = await pageHead(req.path, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
      res.setHeader('Cache-Control', 'no-cache');
      res
        .type('html')
        .send(
          head
            ? html.text.replace(/<title>[^<]*<\/title>/, '').replace('</head>', `    ${head}\n  </head>`)
            : html.text,
        );
    } catch (err) {
      next(err);
    }
  });
}

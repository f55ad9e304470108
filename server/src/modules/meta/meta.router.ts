import { createRequire } from 'node:module';
import path from 'node:path';
import { allRoutes, apiRoutes, vocabularySnapshot } from '@shsw/shared';
import express from 'express';
import type { ApiRouter } from '../../platform/http/api-router.js';
import { buildOpenApi } from '../../platform/http/openapi.js';
import { docsInitScript, docsPageHtml } from './docs-page.js';
import { checkHealth, type HealthProbes } from './meta.service.js';

const swaggerUiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

export function registerMetaRoutes(router: ApiRouter, probes: HealthProbes): void {
  const vocabulary = vocabularySnapshot();
  let openapi: Record<string, unknown> | undefined;

  router
    .route(apiRoutes.meta.health, () => checkHealth(probes))
    .route(apiRoutes.meta.vocabulary, () => vocabulary)
    .route(apiRoutes.meta.openapi, () => {
      openapi ??= buildOpenApi(allRoutes, { version: probes.version });
      return openapi;
    })
    .route(apiRoutes.meta.docs, (_input, { res }) => {
      res.type('html').send(docsPageHtml);
    });

  // Static assets of the docs page; they are files, not API operations.
  router.extra((r) => {
    r.get('/api/docs/init.js', (_req, res) => {
      res.type('application/javascript').send(docsInitScript);
    });
    r.use('/api/docs/assets', express.static(swaggerUiDir, { index: false, maxAge: '7d' }));
  });
}

import { apiRoutes } from '@shsw/shared';
import { AppError } from '../../platform/errors/app-error.js';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import { recordAudit } from '../audit/index.js';
import type { SettingsService } from '../settings/index.js';
import { presentImport } from './registry.presenter.js';
import { assertUploadType, type RegistryService } from './registry.service.js';

export function registerRegistryRoutes(
  router: ApiRouter,
  deps: { registry: RegistryService; settings: SettingsService },
): void {
  const r = apiRoutes.bureau;
  const { registry, settings } = deps;
  router
    .route(r.startImport, async ({ query }, ctx) => {
      if (!ctx.upload) throw new AppError('unsupported_media_type', 'send the file as the request body');
      assertUploadType(ctx.upload.mediaType, query.fileName);
      const job = await registry.start(
        signedIn(ctx),
        query.fileName,
        ctx.upload.bytes,
        ctx.upload.mediaType,
        ctx.req.ip ?? null,
      );
      return presentImport(job);
    })
    .route(r.imports, async ({ query }) => {
      const page = await registry.list(query.page, query.pageSize);
      return { ...page, items: page.items.map(presentImport) };
    })
    .route(r.getImport, async ({ params }) => presentImport(await registry.get(params.id)))
    .route(r.certificateQueue, ({ query }) => registry.queue(query))
    .route(r.certificateDetail, ({ params }) => registry.detail(params.profileId, params.certificateId))
    .route(r.bulkDecideCertificates, ({ body }, ctx) => registry.decideMany(signedIn(ctx), body, ctx.req.ip ?? null))
    .route(r.decideCertificate, ({ body }, ctx) => registry.decide(signedIn(ctx), body, ctx.req.ip ?? null))
    .route(r.getCeRule, () => settings.ceRule())
    .route(r.setCeRule, async ({ body }, ctx) => {
      const viewer = signedIn(ctx);
      const rule = await settings.setCeRule(body, viewer.userId);
      await recordAudit({
        action: 'ce_rule_changed',
        actor: viewer,
        target: { type: 'setting', id: 'ce_rule' },
        details: { ...rule },
      });
      return rule;
    });
}

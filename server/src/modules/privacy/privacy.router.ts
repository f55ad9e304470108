import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import { clearSessionCookie } from '../accounts/index.js';
import type { PrivacyService } from './privacy.service.js';

export function registerPrivacyRoutes(router: ApiRouter, deps: { privacy: PrivacyService }): void {
  const r = apiRoutes.profiles;
  const day = () => new Date().toISOString().slice(0, 10);
  router
    .route(r.consents, async (_input, ctx) => ({ items: await deps.privacy.consents(signedIn(ctx)) }))
    .route(r.exportData, async (_input, ctx) => {
      const data = await deps.privacy.export(signedIn(ctx), ctx.req.ip ?? null);
      ctx.res
        .status(200)
        .type('application/json')
        .setHeader('Content-Disposition', `attachment; filename="my-data-${day()}.json"`)
        .setHeader('Cache-Control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    })
    .route(r.exportSummary, async ({ query }, ctx) => {
      const summary = await deps.privacy.exportSummary(signedIn(ctx), query.lang, ctx.req.ip ?? null);
      ctx.res
        .status(200)
        .type('text/markdown; charset=utf-8')
        .setHeader('Content-Disposition', `attachment; filename="my-data-${day()}-${query.lang}.md"`)
        .setHeader('Cache-Control', 'no-store')
        .send(summary);
    })
    .route(r.deleteAccount, async ({ body }, ctx) => {
      const result = await deps.privacy.deleteAccount(signedIn(ctx), body.password, ctx.req);
      clearSessionCookie(ctx.req, ctx.res);
      return result;
    });
}

import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import { clearSessionCookie } from '../accounts/index.js';
import type { PrivacyService } from './privacy.service.js';

export function registerPrivacyRoutes(router: ApiRouter, deps: { privacy: PrivacyService }): void {
  const r = apiRoutes.profiles;
  router
    .route(r.consents, async (_input, ctx) => ({ items: await deps.privacy.consents(signedIn(ctx)) }))
    .route(r.exportData, async (_input, ctx) => {
      const data = await deps.privacy.export(signedIn(ctx), ctx.req.ip ?? null);
      const day = new Date().toISOString().slice(0, 10);
      ctx.res
        .status(200)
        .type('application/json')
        .setHeader('Content-Disposition', `attachment; filename="my-data-${day}.json"`)
        .setHeader('Cache-Control', 'no-store')
        .send(JSON.stringify(data, null, 2));
    })
    .route(r.deleteAccount, async ({ body }, ctx) => {
      await deps.privacy.deleteAccount(signedIn(ctx), body.password, ctx.req);
      clearSessionCookie(ctx.req, ctx.res);
      return { ok: true as const };
    });
}

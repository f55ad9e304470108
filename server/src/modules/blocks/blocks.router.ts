import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { BlocksService } from './blocks.service.js';

export function registerBlockRoutes(router: ApiRouter, deps: { blocks: BlocksService }): void {
  const r = apiRoutes.blocks;
  router
    .route(r.mine, async (_input, ctx) => ({ items: await deps.blocks.list(signedIn(ctx)) }))
    .route(r.create, ({ body }, ctx) => deps.blocks.create(signedIn(ctx), body))
    .route(r.remove, async ({ params }, ctx) => {
      await deps.blocks.remove(signedIn(ctx), params.id);
      return { ok: true as const };
    });
}

import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { AdminService } from './admin.service.js';

export function registerAdminRoutes(router: ApiRouter, deps: { admin: AdminService }): void {
  const r = apiRoutes.bureau;
  router
    .route(r.users, ({ query }) => deps.admin.users(query.q, query.page, query.pageSize))
    .route(r.updateUser, ({ params, body }, ctx) =>
      deps.admin.updateUser(signedIn(ctx), params.id, body, ctx.req.ip ?? null),
    )
    .route(r.audit, ({ query }) => deps.admin.audit(query.action, query.page, query.pageSize));
}

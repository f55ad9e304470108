import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import { maskLogin } from '../accounts/index.js';
import type { InvitesService } from './invites.service.js';
import type { OrganisationLifecycle } from './organisation-lifecycle.service.js';
import { presentOrganisation, presentOrganisationPublic } from './organisations.presenter.js';
import type { OrganisationsService } from './organisations.service.js';

export function registerOrganisationRoutes(
  router: ApiRouter,
  deps: { organisations: OrganisationsService; invites: InvitesService; organisationLifecycle: OrganisationLifecycle },
): void {
  const r = apiRoutes.organisations;
  const { organisations, invites, organisationLifecycle: lifecycle } = deps;
  router
    .route(r.create, async ({ body }, ctx) =>
      presentOrganisation(await organisations.register(signedIn(ctx), body, ctx.req.ip ?? null)),
    )
    .route(r.mine, async (_input, ctx) => {
      const org = await organisations.mine(signedIn(ctx));
      return { organisation: org ? presentOrganisation(org) : null };
    })
    .route(r.get, async ({ params }, ctx) => {
      const { org, detail } = await organisations.get(ctx.viewer, params.id);
      return { organisation: presentOrganisationPublic(org), detail: detail ? presentOrganisation(org) : null };
    })
    .route(r.update, async ({ params, body }, ctx) =>
      presentOrganisation(await organisations.update(signedIn(ctx), params.id, body)),
    )
    .route(r.members, async ({ params }, ctx) => {
      const users = await organisations.members(signedIn(ctx), params.id);
      return {
        items: users.map((u) => ({
          userId: String(u._id),
          displayName: u.displayName,
          login: maskLogin(u),
          orgRole: (u.orgRole ?? 'recruiter') as 'owner' | 'recruiter',
          joinedAt: u.createdAt.toISOString(),
        })),
      };
    })
    .route(r.removeMember, async ({ params }, ctx) => {
      await organisations.removeMember(signedIn(ctx), params.id, params.userId, ctx.req.ip ?? null);
      return { ok: true as const };
    })
    .route(r.transferOwnership, async ({ params, body }, ctx) => {
      await lifecycle.transferOwnership(signedIn(ctx), params.id, body.userId, ctx.req.ip ?? null);
      return { ok: true as const };
    })
    .route(r.closurePreview, ({ params }, ctx) => lifecycle.closurePreview(signedIn(ctx), params.id))
    .route(r.close, async ({ params, body }, ctx) => {
      await lifecycle.close(signedIn(ctx), params.id, body.password, ctx.req);
      return { ok: true as const };
    })
    .route(r.invites, async ({ params }, ctx) => ({ items: await invites.list(signedIn(ctx), params.id) }))
    .route(r.createInvite, ({ params }, ctx) => invites.create(signedIn(ctx), params.id))
    .route(r.revokeInvite, async ({ params }, ctx) => {
      await invites.revoke(signedIn(ctx), params.id, params.inviteId);
      return { ok: true as const };
    })
    .route(r.queue, ({ query }) => organisations.queue(query))
    .route(r.bulkDecide, ({ body }, ctx) => organisations.decideMany(signedIn(ctx), body, ctx.req.ip ?? null))
    .route(r.decide, async ({ params, body }, ctx) =>
      presentOrganisation(await organisations.decide(signedIn(ctx), params.id, body, ctx.req.ip ?? null)),
    );
}

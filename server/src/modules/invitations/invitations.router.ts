import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import { recordAudit } from '../audit/index.js';
import type { SettingsService } from '../settings/index.js';
import type { ContactRequestsService } from './contact-requests.service.js';
import type { InvitationsService } from './invitations.service.js';

export function registerInvitationRoutes(
  router: ApiRouter,
  deps: { invitations: InvitationsService; contactRequests: ContactRequestsService; settings: SettingsService },
): void {
  const r = apiRoutes.invitations;
  const { invitations, contactRequests, settings } = deps;
  router
    .route(r.send, ({ body }, ctx) =>
      invitations.send(signedIn(ctx), {
        positionId: body.positionId,
        profileId: body.profileId,
        message: body.message,
      }),
    )
    .route(r.sent, ({ query }, ctx) => invitations.sent(signedIn(ctx), query))
    .route(r.quota, async (_input, ctx) => invitations.quotaOf(signedIn(ctx), await settings.invitationQuota()))
    .route(r.withdraw, ({ params }, ctx) => invitations.withdraw(signedIn(ctx), params.id))
    .route(r.mine, async ({ query }, ctx) => ({ items: await invitations.mine(signedIn(ctx), query.status) }))
    .route(r.accept, ({ params }, ctx) => invitations.accept(signedIn(ctx), params.id))
    .route(r.decline, ({ params, body }, ctx) => invitations.decline(signedIn(ctx), params.id, body.reason))
    .route(r.getQuotaSetting, async () => ({ perDay: await settings.invitationQuota() }))
    .route(r.setQuotaSetting, async ({ body }, ctx) => {
      const viewer = signedIn(ctx);
      const perDay = await settings.setInvitationQuota(body.perDay, viewer.userId);
      await recordAudit({
        action: 'invitation_quota_changed',
        actor: viewer,
        target: { type: 'setting', id: 'invitation_quota' },
        details: { perDay },
      });
      return { perDay };
    })
    .route(r.requestContact, ({ body }, ctx) =>
      contactRequests.request(signedIn(ctx), { profileId: body.profileId, note: body.note }),
    )
    .route(r.contactRequests, ({ query }, ctx) => contactRequests.ofOrganisation(signedIn(ctx), query))
    .route(r.myContactRequests, async (_input, ctx) => ({ items: await contactRequests.mine(signedIn(ctx)) }))
    .route(r.answerContactRequest, ({ params, body }, ctx) =>
      contactRequests.answer(signedIn(ctx), params.id, body.grant ? 'granted' : 'refused'),
    )
    .route(r.withdrawContactGrant, ({ params }, ctx) => contactRequests.answer(signedIn(ctx), params.id, 'withdrawn'))
    .route(r.sharedContact, ({ params }, ctx) =>
      contactRequests.sharedContact(signedIn(ctx), params.id, ctx.req.ip ?? null),
    );
}

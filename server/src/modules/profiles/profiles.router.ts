import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import { presentOwnProfile, presentTalentView } from './profiles.presenter.js';
import type { ProfilesService } from './profiles.service.js';
import type { TalentAccessService } from './talent-access.service.js';

export function registerProfileRoutes(
  router: ApiRouter,
  deps: { profiles: ProfilesService; talentAccess: TalentAccessService },
): void {
  const r = apiRoutes.profiles;
  const { profiles, talentAccess } = deps;
  router
    .route(r.get, async (_input, ctx) => presentOwnProfile(await profiles.ensure(signedIn(ctx))))
    .route(r.update, async ({ body }, ctx) => presentOwnProfile(await profiles.update(signedIn(ctx), body)))
    .route(r.setIdCard, async ({ body }, ctx) =>
      presentOwnProfile(await profiles.setIdCard(signedIn(ctx), body.idCard, body.noticeVersion, ctx.req.ip ?? null)),
    )
    .route(r.removeIdCard, async (_input, ctx) =>
      presentOwnProfile(await profiles.removeIdCard(signedIn(ctx), ctx.req.ip ?? null)),
    )
    .route(r.views, async ({ query }, ctx) => {
      const profile = await profiles.ensure(signedIn(ctx));
      return talentAccess.viewsOf(String(profile._id), query.page, query.pageSize);
    })
    .route(r.viewTalent, async ({ params }, ctx) =>
      presentTalentView(await talentAccess.view(signedIn(ctx), params.id, ctx.req.ip ?? null)),
    )
    .route(r.revealContact, ({ params, body }, ctx) =>
      talentAccess.revealContact(signedIn(ctx), params.id, body.reason, ctx.req.ip ?? null),
    );
}

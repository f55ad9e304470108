import { apiRoutes, type ViewerMarks } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { organisationPage } from './organisation-page.js';
import type { PositionViews } from './position-views.js';
import type { PositionsService } from './positions.service.js';
import type { SalaryGuidanceService } from './salary-guidance.service.js';

/** The signed-in worker's marks on positions (the search module reads them; passed in, as search reads positions). */
export interface ViewerMarksLookup {
  of(viewer: Viewer | null, positionIds: readonly string[]): Promise<(id: string) => ViewerMarks | null>;
}

export function registerPositionRoutes(
  router: ApiRouter,
  deps: {
    positions: PositionsService;
    positionViews: PositionViews;
    guidance: SalaryGuidanceService;
    viewerMarks: ViewerMarksLookup;
  },
): void {
  const r = apiRoutes.positions;
  const { positions, positionViews: views, guidance } = deps;
  router
    // The organisation's public page lists its positions, so it lives here (positions read organisations).
    .route(apiRoutes.organisations.publicPage, ({ params, query }) =>
      organisationPage(params.id, query.page, query.pageSize),
    )
    .route(r.create, async ({ body }, ctx) => views.one(await positions.create(signedIn(ctx), body), ctx.viewer))
    .route(r.get, async ({ params }, ctx) => {
      const [position, marks] = await Promise.all([
        positions.show(ctx.viewer, params.id).then((p) => views.one(p, ctx.viewer)),
        deps.viewerMarks.of(ctx.viewer, [params.id]),
      ]);
      return { ...position, viewer: marks(position.id) };
    })
    .route(r.update, async ({ params, body }, ctx) =>
      views.one(await positions.update(signedIn(ctx), params.id, body), ctx.viewer),
    )
    .route(r.remove, async ({ params }, ctx) => {
      await positions.remove(signedIn(ctx), params.id);
      return { deleted: true as const };
    })
    .route(r.move, async ({ params, body }, ctx) =>
      views.one(await positions.move(signedIn(ctx), params.id, body), ctx.viewer),
    )
    .route(r.mine, async ({ query }, ctx) => {
      const page = await positions.ofOrganisation(signedIn(ctx), query.status, query.page, query.pageSize);
      return { ...page, items: await views.present(page.items, ctx.viewer) };
    })
    .route(r.guidanceYears, async () => ({ items: await guidance.all() }))
    .route(r.guidance, ({ params }) => guidance.year(params.year))
    .route(r.setGuidance, ({ params, body }, ctx) => guidance.set(params.year, body, signedIn(ctx).userId));
}

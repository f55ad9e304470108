import { apiRoutes } from '@shsw/shared';
import { AppError } from '../../platform/errors/app-error.js';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { ApplicationsService } from '../applications/index.js';
import type { PositionDoc } from './position.model.js';
import { presentPosition } from './positions.presenter.js';
import type { PositionsService } from './positions.service.js';
import type { SalaryGuidanceService } from './salary-guidance.service.js';

export function registerPositionRoutes(
  router: ApiRouter,
  deps: { positions: PositionsService; guidance: SalaryGuidanceService; applications: ApplicationsService },
): void {
  const r = apiRoutes.positions;
  const { positions, guidance, applications } = deps;

  const presentAll = async (items: PositionDoc[], viewer: Viewer | null) => {
    const orgs = await positions.organisations(items.map((p) => p.orgId));
    const mine = items.filter((p) => viewer?.role === 'org' && viewer.orgId === String(p.orgId));
    const counts = mine.length > 0 ? await applications.stageCounts(mine.map((p) => p._id)) : new Map();
    const now = new Date();
    return Promise.all(
      items.map(async (p) => {
        const org = orgs.get(String(p.orgId));
        if (!org) throw new AppError('internal_error', 'position without organisation');
        const isMine = mine.includes(p);
        return presentPosition(p, {
          org,
          comparison: await positions.comparison(p),
          applicantCounts: isMine ? (counts.get(String(p._id)) ?? {}) : null,
          now,
        });
      }),
    );
  };
  const presentOne = async (p: PositionDoc, viewer: Viewer | null) => {
    const [one] = await presentAll([p], viewer);
    if (!one) throw new AppError('internal_error', 'position not presented');
    return one;
  };

  router
    .route(r.create, async ({ body }, ctx) => presentOne(await positions.create(signedIn(ctx), body), ctx.viewer))
    .route(r.get, async ({ params }, ctx) => presentOne(await positions.get(ctx.viewer, params.id), ctx.viewer))
    .route(r.update, async ({ params, body }, ctx) =>
      presentOne(await positions.update(signedIn(ctx), params.id, body), ctx.viewer),
    )
    .route(r.move, async ({ params, body }, ctx) =>
      presentOne(await positions.move(signedIn(ctx), params.id, body), ctx.viewer),
    )
    .route(r.mine, async ({ query }, ctx) => {
      const page = await positions.ofOrganisation(signedIn(ctx), query.status, query.page, query.pageSize);
      return { ...page, items: await presentAll(page.items, ctx.viewer) };
    })
    .route(r.guidanceYears, async () => ({ items: await guidance.all() }))
    .route(r.guidance, ({ params }) => guidance.year(params.year))
    .route(r.setGuidance, ({ params, body }, ctx) => guidance.set(params.year, body, signedIn(ctx).userId));
}

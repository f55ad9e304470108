import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { organisationsByIds } from '../organisations/index.js';
import { type ProfileDoc, profilesByIds } from '../profiles/index.js';
import type { ApplicationDoc } from './application.model.js';
import { presentApplication } from './applications.presenter.js';
import type { ApplicationsService } from './applications.service.js';

export function registerApplicationRoutes(router: ApiRouter, deps: { applications: ApplicationsService }): void {
  const r = apiRoutes.applications;
  const { applications } = deps;

  /** Presents a page of applications with their positions, organisations and (employer) applicants. */
  const presentAll = async (items: ApplicationDoc[], side: 'worker' | 'employer') => {
    // Independent reads, so at the same time: each waits its turn under load.
    const [positions, orgList, profileList] = await Promise.all([
      applications.positionsById(items.map((a) => a.positionId)),
      organisationsByIds(items.map((a) => a.orgId)),
      side === 'employer' ? profilesByIds(items.map((a) => a.profileId)) : Promise.resolve([] as ProfileDoc[]),
    ]);
    const orgs = new Map(orgList.map((o) => [String(o._id), o]));
    const profiles = new Map(profileList.map((p) => [String(p._id), p]));
    return items.map((a) =>
      presentApplication(a, {
        side,
        position: positions.get(String(a.positionId)),
        org: orgs.get(String(a.orgId)),
        profile: profiles.get(String(a.profileId)) ?? null,
      }),
    );
  };
  const presentOne = async (a: ApplicationDoc, viewer: Viewer) =>
    (await presentAll([a], viewer.role === 'worker' ? 'worker' : 'employer'))[0] as ReturnType<
      typeof presentApplication
    >;

  router
    .route(r.apply, async ({ params, body }, ctx) => {
      const viewer = signedIn(ctx);
      return presentOne(await applications.apply(viewer, params.id, body.note), viewer);
    })
    .route(r.forPosition, async ({ params, query }, ctx) => {
      const page = await applications.forPosition(signedIn(ctx), params.id, query.status, query.page, query.pageSize);
      return {
        items: await presentAll(page.items, 'employer'),
        total: page.total,
        page: page.page,
        pageSize: page.pageSize,
      };
    })
    .route(r.mine, async ({ query }, ctx) => {
      const page = await applications.mine(signedIn(ctx), query.page, query.pageSize);
      return { ...page, items: await presentAll(page.items, 'worker') };
    })
    .route(r.get, async ({ params }, ctx) => {
      const viewer = signedIn(ctx);
      const { application } = await applications.open(viewer, params.id);
      return presentOne(application, viewer);
    })
    .route(r.move, async ({ params, body }, ctx) => {
      const viewer = signedIn(ctx);
      return presentOne(await applications.move(viewer, params.id, body), viewer);
    })
    .route(r.addNote, async ({ params, body }, ctx) => {
      const viewer = signedIn(ctx);
      return presentOne(await applications.addNote(viewer, params.id, body.text), viewer);
    })
    .route(r.contact, ({ params }, ctx) => applications.contact(signedIn(ctx), params.id, ctx.req.ip ?? null));
}

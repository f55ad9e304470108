import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { MatchingService } from './matching.service.js';
import type { SearchService } from './search.service.js';
import type { ViewerMarksReader } from './viewer-marks.js';

export function registerSearchRoutes(
  router: ApiRouter,
  deps: { search: SearchService; matching: MatchingService; viewerMarks: ViewerMarksReader },
): void {
  const r = apiRoutes.search;
  const { search, matching } = deps;
  router
    .route(r.positions, async ({ query }, ctx) => {
      const page = await search.positions(query);
      return { ...page, hits: await deps.viewerMarks.onHits(ctx.viewer, page.hits) };
    })
    .route(r.positionStreets, ({ query }) => search.positionStreets(query.q, query.district))
    .route(r.talent, ({ query }, ctx) => search.talent(signedIn(ctx), query))
    .route(r.positionMatches, ({ params, query }, ctx) => matching.forPosition(signedIn(ctx), params.id, query.limit))
    .route(r.myMatches, ({ query }, ctx) =>
      matching.forWorker(signedIn(ctx), query.limit, query.personalised === 'true'),
    );
}

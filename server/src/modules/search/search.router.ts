import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { MatchingService } from './matching.service.js';
import type { SearchService } from './search.service.js';

export function registerSearchRoutes(
  router: ApiRouter,
  deps: { search: SearchService; matching: MatchingService },
): void {
  const r = apiRoutes.search;
  const { search, matching } = deps;
  router
    .route(r.positions, ({ query }) => search.positions(query))
    .route(r.positionStreets, ({ query }) => search.positionStreets(query.q, query.district))
    .route(r.talent, ({ query }, ctx) => search.talent(signedIn(ctx), query))
    .route(r.positionMatches, ({ params, query }, ctx) => matching.forPosition(signedIn(ctx), params.id, query.limit))
    .route(r.myMatches, ({ query }, ctx) =>
      matching.forWorker(signedIn(ctx), query.limit, query.personalised === 'true'),
    );
}

import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { SavedSearchesService } from './saved-searches.service.js';

export function registerSavedSearchRoutes(router: ApiRouter, deps: { savedSearches: SavedSearchesService }): void {
  const r = apiRoutes.notifications;
  const { savedSearches } = deps;
  router
    .route(r.savedSearches, async (_input, ctx) => ({ items: await savedSearches.list(signedIn(ctx).userId) }))
    .route(r.saveSearch, ({ body }, ctx) => savedSearches.create(signedIn(ctx).userId, body))
    .route(r.updateSavedSearch, ({ params, body }, ctx) => savedSearches.update(signedIn(ctx).userId, params.id, body))
    .route(r.deleteSavedSearch, async ({ params }, ctx) => {
      await savedSearches.remove(signedIn(ctx).userId, params.id);
      return { ok: true as const };
    });
}

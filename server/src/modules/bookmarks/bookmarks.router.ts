import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { BookmarksService } from './bookmarks.service.js';

export function registerBookmarkRoutes(router: ApiRouter, deps: { bookmarks: BookmarksService }): void {
  const r = apiRoutes.bookmarks;
  router
    .route(r.mine, ({ query }, ctx) => deps.bookmarks.list(signedIn(ctx).userId, query.page, query.pageSize))
    .route(r.put, async ({ params }, ctx) => {
      await deps.bookmarks.put(signedIn(ctx).userId, params.positionId);
      return { bookmarked: true as const };
    })
    .route(r.remove, async ({ params }, ctx) => {
      await deps.bookmarks.remove(signedIn(ctx).userId, params.positionId);
      return { bookmarked: false as const };
    });
}

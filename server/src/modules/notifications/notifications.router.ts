import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { NotificationsService } from './notifications.service.js';

export function registerNotificationRoutes(router: ApiRouter, deps: { notifications: NotificationsService }): void {
  const r = apiRoutes.notifications;
  const { notifications } = deps;
  router
    .route(r.list, ({ query }, ctx) =>
      notifications.list(signedIn(ctx).userId, {
        before: query.before,
        limit: query.limit,
        unread: query.unread === 'true',
      }),
    )
    .route(r.read, async ({ params }, ctx) => ({
      unread: await notifications.markRead(signedIn(ctx).userId, params.id),
    }))
    .route(r.readAll, async (_input, ctx) => ({ unread: await notifications.markAllRead(signedIn(ctx).userId) }))
    .route(r.preferences, (_input, ctx) => notifications.effectivePreferences(signedIn(ctx).userId))
    .route(r.setPreferences, ({ body }, ctx) => notifications.setPreferences(signedIn(ctx).userId, body))
    .route(r.unsubscribe, ({ body }) => notifications.unsubscribe(body.token, body.subscribe));
}

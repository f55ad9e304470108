import { apiRoutes } from '@shsw/shared';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import type { ConversationReportsService } from './conversation-reports.service.js';
import type { ConversationViews } from './conversation-views.js';
import type { ConversationsService } from './conversations.service.js';

export function registerConversationRoutes(
  router: ApiRouter,
  deps: {
    conversations: ConversationsService;
    conversationViews: ConversationViews;
    conversationReports: ConversationReportsService;
  },
): void {
  const r = apiRoutes.conversations;
  const { conversations, conversationViews: views, conversationReports: reports } = deps;
  router
    .route(r.list, ({ query }, ctx) => views.list(signedIn(ctx), query))
    .route(r.unread, async (_input, ctx) => ({ unread: await views.unread(signedIn(ctx)) }))
    .route(r.start, ({ body }, ctx) => conversations.start(signedIn(ctx), body))
    .route(r.forApplication, ({ params }, ctx) => conversations.forApplication(signedIn(ctx), params.id))
    .route(r.show, ({ params }, ctx) => views.show(signedIn(ctx), params.id))
    .route(r.messages, ({ params, query }, ctx) => views.messages(signedIn(ctx), params.id, query))
    .route(r.send, ({ params, body }, ctx) => conversations.send(signedIn(ctx), params.id, body.text))
    .route(r.read, ({ params }, ctx) => conversations.read(signedIn(ctx), params.id))
    .route(r.report, ({ params, body }, ctx) => reports.report(signedIn(ctx), params.id, body.reason))
    .route(r.bureauReports, async () => ({ items: await reports.list() }))
    .route(r.bureauReport, ({ params }, ctx) => reports.detail(signedIn(ctx), params.id, ctx.req.ip ?? null));
}

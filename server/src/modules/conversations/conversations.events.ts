import { maskName } from '@shsw/shared';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { NotificationsService } from '../notifications/index.js';
import { organisationById } from '../organisations/index.js';
import { PositionModel } from '../positions/index.js';
import { maskedWorkerNames } from './conversation-views.js';
import type { ConversationsService } from './conversations.service.js';

/**
 * Threads open on an application or an invitation; a new message notifies the other side (at most
 * once per thread per 10 minutes while unread). The notification names the sender, never the text.
 */
export function subscribeConversationTriggers(
  events: DomainEventBus,
  deps: { conversations: ConversationsService; notifications: NotificationsService },
): void {
  events.on('application.submitted', async (e) => {
    await deps.conversations.openFor(
      { orgId: e.orgId, profileId: e.workerUserId, positionId: e.positionId },
      'application',
    );
  });
  events.on('invitation.sent', async (e) => {
    await deps.conversations.openFor(
      { orgId: e.orgId, profileId: e.profileId, positionId: e.positionId },
      'invitation',
    );
  });
  events.on('message.sent', async (e) => {
    if (!e.notify) return;
    const [org, position] = await Promise.all([
      organisationById(e.orgId),
      PositionModel.findById(e.positionId, { title: 1 }).lean<{ title: string }>(),
    ]);
    const toWorker = e.side === 'organisation';
    const senderName = toWorker
      ? (org?.name ?? '')
      : ((await maskedWorkerNames([e.profileId])).get(e.profileId) ?? maskName(''));
    const recipients = toWorker ? [e.profileId] : await deps.notifications.orgMembers(e.orgId);
    await deps.notifications.notify(
      recipients.map((userId) => ({ userId })),
      {
        type: 'message_received',
        data: { conversationId: e.conversationId, senderName, positionTitle: position?.title ?? '' },
        link: `/messages/${e.conversationId}`,
      },
    );
  });
}

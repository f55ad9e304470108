import type { Conversation, ConversationMessage } from '@shsw/shared';
import type { ConversationDoc, SideKey } from './conversation.model.js';
import type { MessageDoc } from './message.model.js';

export function presentMessage(m: MessageDoc): ConversationMessage {
  return {
    id: String(m._id),
    conversationId: String(m.conversationId),
    side: m.side,
    authorName: m.authorName,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  };
}

/** The names a thread is shown with, looked up once per page of threads. */
export interface ThreadNames {
  orgName: string;
  positionTitle: string;
  /** Already masked: the organisation never receives the worker's full name here. */
  workerName: string;
  blockedByMe: boolean;
}

/** A thread as `side` sees it: its own unread count, the other side's read receipt. */
export function presentConversation(c: ConversationDoc, side: SideKey, names: ThreadNames): Conversation {
  const other = side === 'worker' ? c.org : c.worker;
  const mine = side === 'worker' ? c.worker : c.org;
  return {
    id: String(c._id),
    origin: c.origin,
    orgId: String(c.orgId),
    orgName: names.orgName,
    positionId: String(c.positionId),
    positionTitle: names.positionTitle,
    profileId: String(c.profileId),
    workerName: names.workerName,
    lastMessage: c.lastMessage
      ? {
          id: String(c.lastMessage.id),
          side: c.lastMessage.side,
          text: c.lastMessage.text,
          at: c.lastMessage.at.toISOString(),
        }
      : null,
    unread: mine?.unread ?? 0,
    otherRead: {
      lastReadId: other?.lastReadId ? String(other.lastReadId) : null,
      readAt: other?.readAt?.toISOString() ?? null,
    },
    blockedByMe: names.blockedByMe,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.lastActivityAt.toISOString(),
  };
}

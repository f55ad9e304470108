import { z } from 'zod';
import { conversationMessageSchema, messageReadEventSchema } from '../schemas/conversations.js';
import { notificationSchema } from '../schemas/notifications.js';
import { registryImportSchema } from '../schemas/registry.js';

/**
 * The realtime channel's events, server → client. Every payload is validated against its schema
 * before it is sent; the client can rely on these shapes.
 */
export const serverEventSchemas = {
  /** One new notification (already stored). */
  notification: notificationSchema,
  /** What a reconnecting client missed since the id it last saw, oldest first, and the unread count. */
  'notifications:sync': z.object({ items: z.array(notificationSchema), unread: z.number().int() }),
  /** The unread count changed (read elsewhere, marked all read). */
  'notifications:unread': z.object({ unread: z.number().int() }),
  /**
   * An application of the organisation arrived or moved (by a colleague, the worker or the
   * system), for its members' open boards: ids only, the client reads the lists again.
   */
  'applications:changed': z.object({ applicationId: z.string(), positionId: z.string() }),
  /** A new message in one of the viewer's threads (either side's, so other tabs show it too). */
  message: conversationMessageSchema,
  /** Messages a reconnecting client missed since the message id it last saw, oldest first, and its unread count. */
  'messages:sync': z.object({ items: z.array(conversationMessageSchema), unread: z.number().int() }),
  /** The unread count of messages for the viewer's side changed. */
  'messages:unread': z.object({ unread: z.number().int() }),
  /** A side read a thread up to a message: the other side shows 已读. */
  'message:read': messageReadEventSchema,
  /** Live progress of a registry import, for the bureau. */
  'registry:progress': registryImportSchema,
} as const;

export type ServerEventName = keyof typeof serverEventSchemas;
export type ServerEventPayload<E extends ServerEventName> = z.infer<(typeof serverEventSchemas)[E]>;

export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>) => void;
};

/** Client → server: only asking for what was missed; rooms are the server's business alone. */
export const resumeSchema = z.object({
  lastSeenId: z
    .string()
    .regex(/^[0-9a-f]{24}$/)
    .nullable(),
});
export type ClientToServerEvents = {
  'notifications:resume': (payload: z.infer<typeof resumeSchema>) => void;
  'messages:resume': (payload: z.infer<typeof resumeSchema>) => void;
};

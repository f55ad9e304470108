import { z } from 'zod';
import { isoDateTimeSchema, objectIdSchema } from './common.js';

/** The longest message, in characters (after trimming). */
export const MESSAGE_MAX_LENGTH = 2_000;
/** New threads a worker may start with a question per Shanghai calendar day. */
export const DAILY_NEW_THREADS = 10;

/** The two sides of a thread: the worker, and the organisation (its owner and recruiters alike). */
export const conversationSideSchema = z.enum(['worker', 'organisation']);
export type ConversationSide = z.infer<typeof conversationSideSchema>;

/** What opened the thread. */
export const conversationOriginSchema = z.enum(['application', 'invitation', 'question']);

/** Plain text only: the client shows it as text, never as HTML. */
export const messageTextSchema = z.string().trim().min(1).max(MESSAGE_MAX_LENGTH);

export const conversationMessageSchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    side: conversationSideSchema,
    /**
     * Who wrote it: for the organisation's side the member's display name (empty once that member's
     * account is deleted); for the worker's side the name as the organisation may see it (masked).
     */
    authorName: z.string(),
    text: z.string(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'ConversationMessage' });
export type ConversationMessage = z.infer<typeof conversationMessageSchema>;

/** How far a side has read: the last message it saw and when. */
export const readMarkSchema = z.object({ lastReadId: z.string().nullable(), readAt: isoDateTimeSchema.nullable() });
export type ReadMark = z.infer<typeof readMarkSchema>;

/** A thread as one side sees it in its list and at the top of the thread view. */
export const conversationSchema = z
  .object({
    id: z.string(),
    origin: conversationOriginSchema,
    orgId: z.string(),
    orgName: z.string(),
    positionId: z.string(),
    positionTitle: z.string(),
    /** The worker's talent record (the same id as the account). */
    profileId: z.string(),
    /** The worker's name as the organisation may see it (masked, as in talent search). */
    workerName: z.string(),
    lastMessage: z
      .object({ id: z.string(), side: conversationSideSchema, text: z.string(), at: isoDateTimeSchema })
      .nullable(),
    /** Messages from the other side the viewer's side has not read. */
    unread: z.number().int().min(0),
    /** How far the other side has read (the viewer's read receipts). */
    otherRead: readMarkSchema,
    /** The viewer's side has blocked the other: nothing can be sent until it is lifted. */
    blockedByMe: z.boolean(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Conversation' });
export type Conversation = z.infer<typeof conversationSchema>;

export const conversationListQuerySchema = z.strictObject({
  /** Only the thread about this position (a worker's position page looks for its own). */
  positionId: objectIdSchema.optional(),
  /** Only threads with unread messages. */
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const conversationListSchema = z.object({ items: z.array(conversationSchema), unread: z.number().int() });

export const conversationMessagesQuerySchema = z.strictObject({
  /** Older than this message id (paging back). */
  before: objectIdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
/** A page of a thread's messages, oldest first. */
export const conversationMessagesSchema = z.object({
  items: z.array(conversationMessageSchema),
  hasMore: z.boolean(),
});

/** A worker's question on a position page: opens the thread (or continues it) with a first message. */
export const startConversationBodySchema = z.strictObject({ positionId: objectIdSchema, text: messageTextSchema });
export type StartConversationBody = z.input<typeof startConversationBodySchema>;
export const startConversationResponseSchema = z.object({
  conversation: conversationSchema,
  message: conversationMessageSchema,
});

export const sendMessageBodySchema = z.strictObject({ text: messageTextSchema });
export type SendMessageBody = z.input<typeof sendMessageBodySchema>;

export const unreadMessagesSchema = z.object({ unread: z.number().int().min(0) });

export const reportConversationBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type ReportConversationBody = z.input<typeof reportConversationBodySchema>;

/** A report of a thread to the bureau. */
export const conversationReportSchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    by: conversationSideSchema,
    reason: z.string(),
    orgId: z.string(),
    orgName: z.string(),
    positionTitle: z.string(),
    workerName: z.string(),
    at: isoDateTimeSchema,
  })
  .meta({ id: 'ConversationReport' });
export type ConversationReport = z.infer<typeof conversationReportSchema>;

export const conversationReportDetailSchema = z.object({
  report: conversationReportSchema,
  /** The reported thread's messages, oldest first (the bureau's reading is audit-logged). */
  messages: z.array(conversationMessageSchema),
});

/** Socket: one side read the thread up to `lastReadId`; the other side shows it as 已读. */
export const messageReadEventSchema = z.object({
  conversationId: z.string(),
  side: conversationSideSchema,
  lastReadId: z.string().nullable(),
  readAt: isoDateTimeSchema,
});

import { z } from 'zod';
import { isoDateTimeSchema } from './common.js';
import { positionSearchQuerySchema } from './search.js';

/**
 * What can notify whom. The server stores the type and its data; the client words it in the
 * reader's language (zh-CN or en), as it does for error codes.
 */
export const notificationTypes = [
  // organisation
  'application_submitted',
  'offer_answered',
  'organisation_verified',
  'organisation_rejected',
  'position_expiring',
  'organisation_ownership_transferred',
  'organisation_closed',
  // worker
  'application_status_changed',
  'certificate_decided',
  'saved_search_match',
  'saved_search_digest',
  'profile_match',
  'ce_reminder',
  // invitations to apply and contact requests (both sides)
  'invitation_received',
  'invitation_answered',
  'contact_requested',
  'contact_answered',
  // bureau
  'organisation_to_verify',
  'registry_import_finished',
  'report_drafted',
  // anyone following reports
  'report_published',
  // anyone: wrong passwords for their account, kept from being spammed (at most one per 6 hours)
  'sign_in_failures',
  // either side of a conversation: a new message (at most one per thread per 10 minutes while unread)
  'message_received',
] as const;
export type NotificationType = (typeof notificationTypes)[number];
export const notificationTypeSchema = z.enum(notificationTypes);

/** Data a notification carries for the client to word it and link it: ids, titles, statuses. */
export const notificationDataSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const notificationSchema = z
  .object({
    id: z.string(),
    type: notificationTypeSchema,
    data: notificationDataSchema,
    /** Where the notification leads in the web app. */
    link: z.string().nullable(),
    createdAt: isoDateTimeSchema,
    readAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.strictObject({
  /** Older than this notification id (paging back). */
  before: z
    .string()
    .regex(/^[0-9a-f]{24}$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false']).optional(),
});

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});

/**
 * Types that can also go out by e-mail, each with a server template (import progress is only
 * useful in the open page). A new type joins this list together with its template; none takes
 * free text a person wrote to another (a "new message" mail names the sender, never the message).
 */
export const emailNotificationTypes = [
  'application_submitted',
  'offer_answered',
  'organisation_verified',
  'organisation_rejected',
  'position_expiring',
  'application_status_changed',
  'certificate_decided',
  'saved_search_match',
  'saved_search_digest',
  'profile_match',
  'ce_reminder',
  'organisation_to_verify',
  'report_published',
  'sign_in_failures',
  'invitation_received',
  'message_received',
] as const satisfies readonly NotificationType[];
export type EmailNotificationType = (typeof emailNotificationTypes)[number];

/**
 * E-mail is on by default only where someone must act: interview and offer steps, offer answers,
 * the daily digest — and the security alert about repeated failed sign-ins.
 */
export const emailOnByDefault: Readonly<Partial<Record<NotificationType, true>>> = {
  application_status_changed: true,
  offer_answered: true,
  saved_search_digest: true,
  sign_in_failures: true,
  invitation_received: true,
};

/** Application steps that are mailed (the others stay in the app): the ones the worker must act on. */
export const mailedApplicationSteps = ['interview', 'offered'] as const;

export const notificationPreferencesSchema = z.strictObject({
  /** In-app, per type: on unless turned off. Types turned off are neither stored nor sent. */
  types: z.partialRecord(notificationTypeSchema, z.boolean()),
  /**
   * E-mail, per type, on top of in-app (see `emailOnByDefault`). Answers always list every
   * e-mailable type; a request may leave it out to keep what is stored.
   */
  email: z.partialRecord(notificationTypeSchema, z.boolean()).optional(),
  /** Opt-in: new positions that match the worker's record, not only saved searches. */
  profileMatches: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** The one-click unsubscribe link of a mail: the signed token names the person and the type. */
export const unsubscribeBodySchema = z.strictObject({
  token: z.string().trim().min(20).max(300),
  /** False (the default) unsubscribes; true undoes it. */
  subscribe: z.boolean().default(false),
});
export const unsubscribeResponseSchema = z.object({ type: notificationTypeSchema, subscribed: z.boolean() });

export const MAX_SAVED_SEARCHES = 10;

/** A saved position search: any query the search page can make, minus paging and sorting. */
export const savedSearchQuerySchema = positionSearchQuerySchema.omit({ page: true, pageSize: true, sort: true });

export const savedSearchBodySchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  query: savedSearchQuerySchema,
  frequency: z.enum(['instant', 'daily']),
});
export const savedSearchPatchSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(40).optional(),
    frequency: z.enum(['instant', 'daily']).optional(),
  })
  .refine((b) => b.name !== undefined || b.frequency !== undefined, { message: 'nothing to change' });

export const savedSearchSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The query as stored (parsed): repeated filters are arrays. */
    query: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
    frequency: z.enum(['instant', 'daily']),
    lastNotifiedAt: isoDateTimeSchema.nullable(),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearch = z.infer<typeof savedSearchSchema>;

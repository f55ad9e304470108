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
  // bureau
  'organisation_to_verify',
  'registry_import_finished',
  // anyone following reports
  'report_published',
  // anyone: wrong passwords for their account, kept from being spammed (at most one per 6 hours)
  'sign_in_failures',
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

export const notificationPreferencesSchema = z.strictObject({
  /** Types turned off are neither stored nor sent. */
  types: z.partialRecord(notificationTypeSchema, z.boolean()),
  /** Opt-in: new positions that match the worker's record, not only saved searches. */
  profileMatches: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

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

import { z } from 'zod';
import { certificateRequirementSchema } from '../vocabulary/certificates.js';
import { employmentTypeSchema } from '../vocabulary/employment.js';
import { organisationTypeSchema } from '../vocabulary/organisation-types.js';
import { serviceDomainSchema } from '../vocabulary/service-domains.js';
import { isoDateSchema, isoDateTimeSchema, objectIdSchema, paginationQuerySchema } from './common.js';
import { positionStatusSchema } from './positions.js';
import { matchReasonSchema } from './search.js';

export const INVITATION_MESSAGE_MAX = 500;
export const INVITATION_DECLINE_REASON_MAX = 300;
export const CONTACT_REQUEST_NOTE_MAX = 300;
/** An invitation not answered within this many days expires and can no longer be answered. */
export const INVITATION_TTL_DAYS = 14;
/** Invitations one organisation may send per Shanghai calendar day, unless the bureau sets another number. */
export const DEFAULT_INVITATION_QUOTA = 50;
export const MAX_INVITATION_QUOTA = 10_000;

/**
 * An invitation to apply: pending until the worker accepts (an application is made through the
 * ordinary apply path) or declines, the organisation withdraws it, or it expires.
 */
export const invitationStatuses = ['pending', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export const invitationStatusSchema = z.enum(invitationStatuses);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/**
 * Why an invitation was refused, in `details.reason` of the error (the code names the class:
 * `already_exists`, `conflict`, `invalid_transition`). The client words each one.
 */
export const invitationRefusals = [
  'already_invited',
  'already_applied',
  'declined_before',
  'blocked',
  'not_open',
  'expired',
] as const;
export type InvitationRefusal = (typeof invitationRefusals)[number];

export const createInvitationBodySchema = z.strictObject({
  positionId: objectIdSchema,
  /** The worker's talent record (its id is the worker's user id). */
  profileId: objectIdSchema,
  message: z.string().trim().max(INVITATION_MESSAGE_MAX).default(''),
});
export type CreateInvitationBody = z.input<typeof createInvitationBodySchema>;

export const declineInvitationBodySchema = z.strictObject({
  reason: z.string().trim().max(INVITATION_DECLINE_REASON_MAX).default(''),
});

export const sentInvitationsQuerySchema = paginationQuerySchema.extend({
  positionId: objectIdSchema.optional(),
  profileId: objectIdSchema.optional(),
  status: invitationStatusSchema.optional(),
});

export const myInvitationsQuerySchema = z.strictObject({ status: invitationStatusSchema.optional() });

/** The position as an invitation shows it: enough for a card, with its status now. */
export const invitationPositionSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: positionStatusSchema,
  primaryDomain: serviceDomainSchema,
  districtCode: z.string(),
  employmentType: employmentTypeSchema,
  salaryMin: z.number().int(),
  salaryMax: z.number().int(),
  minCertificate: certificateRequirementSchema,
  headcount: z.number().int(),
  deadline: isoDateSchema.nullable(),
});

/** An invitation as the organisation that sent it sees it (the worker's name masked). */
export const sentInvitationSchema = z
  .object({
    id: z.string(),
    status: invitationStatusSchema,
    position: invitationPositionSchema,
    profileId: z.string(),
    workerName: z.string(),
    message: z.string(),
    declineReason: z.string().nullable(),
    sentByName: z.string(),
    sentAt: isoDateTimeSchema,
    expiresAt: isoDateTimeSchema,
    answeredAt: isoDateTimeSchema.nullable(),
    applicationId: z.string().nullable(),
  })
  .meta({ id: 'SentInvitation' });
export type SentInvitation = z.infer<typeof sentInvitationSchema>;

/** An invitation as the invited worker sees it, with how the position fits their record. */
export const myInvitationSchema = z
  .object({
    id: z.string(),
    status: invitationStatusSchema,
    position: invitationPositionSchema,
    organisation: z.object({ id: z.string(), name: z.string(), type: organisationTypeSchema, verified: z.boolean() }),
    message: z.string(),
    declineReason: z.string().nullable(),
    sentAt: isoDateTimeSchema,
    expiresAt: isoDateTimeSchema,
    answeredAt: isoDateTimeSchema.nullable(),
    applicationId: z.string().nullable(),
    match: z.object({ score: z.number().int(), eligible: z.boolean(), reasons: z.array(matchReasonSchema) }),
  })
  .meta({ id: 'MyInvitation' });
export type MyInvitation = z.infer<typeof myInvitationSchema>;

export const acceptedInvitationSchema = z.object({ invitation: myInvitationSchema, applicationId: z.string() });

export const invitationQuotaSchema = z.object({
  perDay: z.number().int(),
  /** Sent today (Shanghai calendar day) by the viewer's organisation. */
  usedToday: z.number().int(),
});
export const invitationQuotaSettingSchema = z.strictObject({
  perDay: z.number().int().min(0).max(MAX_INVITATION_QUOTA),
});

/**
 * A request for a worker's contact details. Only a grant that stands (not refused, not withdrawn)
 * lets the organisation see the phone and e-mail; an application to the organisation counts too.
 */
export const contactRequestStatuses = ['pending', 'granted', 'refused', 'withdrawn'] as const;
export const contactRequestStatusSchema = z.enum(contactRequestStatuses);
export type ContactRequestStatus = z.infer<typeof contactRequestStatusSchema>;

export const createContactRequestBodySchema = z.strictObject({
  profileId: objectIdSchema,
  note: z.string().trim().max(CONTACT_REQUEST_NOTE_MAX).default(''),
});
export const answerContactRequestBodySchema = z.strictObject({ grant: z.boolean() });

export const contactRequestsQuerySchema = paginationQuerySchema.extend({
  profileId: objectIdSchema.optional(),
  status: contactRequestStatusSchema.optional(),
});

export const contactRequestSchema = z
  .object({
    id: z.string(),
    status: contactRequestStatusSchema,
    orgId: z.string(),
    orgName: z.string(),
    profileId: z.string(),
    /** Masked, as in talent search. */
    workerName: z.string(),
    note: z.string(),
    requestedAt: isoDateTimeSchema,
    answeredAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'ContactRequest' });
export type ContactRequest = z.infer<typeof contactRequestSchema>;

/** The worker's contact details, shown to an organisation the worker let see them. */
export const sharedContactSchema = z.object({
  name: z.string(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
  /** What lets the organisation see them: a standing grant, or an application to it. */
  grounds: z.enum(['grant', 'application']),
});
export type SharedContact = z.infer<typeof sharedContactSchema>;

import { z } from 'zod';
import { validateCreditCode } from '../rules/credit-code.js';
import { parseMainlandMobile } from '../rules/phone.js';
import { organisationTypeSchema } from '../vocabulary/organisation-types.js';
import { districtCodeSchema, streetCodeSchema, streetInDistrict } from '../vocabulary/places.js';
import { isoDateTimeSchema, objectIdSchema } from './common.js';

export const creditCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .superRefine((v, ctx) => {
    const result = validateCreditCode(v);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: `invalid unified social credit code (${result.reason})` });
  });

export const mobileSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const mobile = parseMainlandMobile(v);
    if (!mobile) {
      ctx.addIssue({ code: 'custom', message: 'not a mainland mobile number' });
      return z.NEVER;
    }
    return mobile;
  });

export const staffFiguresSchema = z.strictObject({
  fullTime: z.number().int().min(0).max(100_000),
  certified: z.number().int().min(0).max(100_000),
  swBachelorPlus: z.number().int().min(0).max(100_000),
  /** People with a certificate OR a social-work bachelor's degree or higher, each counted once. */
  qualified: z.number().int().min(0).max(100_000),
});

const orgFields = {
  name: z.string().trim().min(2).max(100),
  creditCode: creditCodeSchema,
  type: organisationTypeSchema,
  districtCode: districtCodeSchema,
  streetCode: streetCodeSchema,
  address: z.string().trim().min(2).max(200),
  contact: z.strictObject({
    name: z.string().trim().min(1).max(50),
    mobile: mobileSchema,
    email: z.email().max(254).nullable().default(null),
  }),
  staff: staffFiguresSchema,
  charterStatesSocialWorkAims: z.boolean(),
};

const streetMatchesDistrict = (v: { districtCode?: string; streetCode?: string }) =>
  !v.districtCode || !v.streetCode || streetInDistrict(v.streetCode, v.districtCode);

export const createOrganisationBodySchema = z
  .strictObject(orgFields)
  .refine(streetMatchesDistrict, { path: ['streetCode'], message: 'street/town is not in that district' });
export type CreateOrganisationBody = z.input<typeof createOrganisationBodySchema>;

/** Credit code and name are fixed once verified; everything else may change. */
export const updateOrganisationBodySchema = z
  .strictObject(orgFields)
  .omit({ creditCode: true })
  .partial()
  .refine(streetMatchesDistrict, { path: ['streetCode'], message: 'street/town is not in that district' });

/**
 * Verification (pending → verified | rejected), and `closed`: the owner closed it (or it was
 * found without its record). A closed organisation keeps its record for the statistics, has no
 * members, no open positions and no public page.
 */
export const organisationStatuses = ['pending', 'verified', 'rejected', 'closed'] as const;
export type OrganisationStatus = (typeof organisationStatuses)[number];
export const verificationStatusSchema = z.enum(organisationStatuses);

export const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    creditCode: z.string(),
    type: organisationTypeSchema,
    districtCode: z.string(),
    streetCode: z.string(),
    address: z.string(),
    contact: z.object({ name: z.string(), mobile: z.string(), email: z.string().nullable() }),
    staff: staffFiguresSchema,
    charterStatesSocialWorkAims: z.boolean(),
    /** The plan's ⅓ rule, computed. */
    agencyQualified: z.boolean(),
    status: verificationStatusSchema,
    verification: z.object({
      decidedAt: isoDateTimeSchema.nullable(),
      reason: z.string().nullable(),
    }),
    createdAt: isoDateTimeSchema,
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

/** What anyone may see of an organisation: no contact data, no staff detail. */
export const organisationPublicSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: organisationTypeSchema,
    districtCode: z.string(),
    streetCode: z.string(),
    verified: z.boolean(),
    agencyQualified: z.boolean(),
  })
  .meta({ id: 'OrganisationPublic' });
export type OrganisationPublic = z.infer<typeof organisationPublicSchema>;

/** The bureau's verification queue: by status, searched by name or credit code, filtered, paged. */
export const organisationQueueQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  status: verificationStatusSchema.default('pending'),
  q: z.string().trim().max(100).optional(),
  districtCode: districtCodeSchema.optional(),
  type: organisationTypeSchema.optional(),
  /** Only organisations waiting longer than this many days. */
  olderThanDays: z.coerce.number().int().min(1).max(3650).optional(),
});

/** One decision over up to 200 organisations (each applied, audited and reported on its own). */
export const organisationBulkDecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ ids: z.array(objectIdSchema).min(1).max(200), decision: z.literal('verify') }),
  z.strictObject({
    ids: z.array(objectIdSchema).min(1).max(200),
    decision: z.literal('reject'),
    reason: z.string().trim().min(4).max(500),
  }),
]);

export const verificationDecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('verify') }),
  z.strictObject({ decision: z.literal('reject'), reason: z.string().trim().min(4).max(500) }),
]);

export const memberSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  login: z.string(),
  orgRole: z.enum(['owner', 'recruiter']),
  joinedAt: isoDateTimeSchema,
});

export const inviteSchema = z.object({
  id: z.string(),
  /** Shown once, at creation; later listings carry only its last four characters. */
  code: z.string(),
  expiresAt: isoDateTimeSchema,
  acceptedAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});

/** Hand the organisation to another member; the owner becomes a recruiter. */
export const transferOwnershipBodySchema = z.strictObject({ userId: objectIdSchema });

/** Closing is final: the owner confirms with their password. */
export const closeOrganisationBodySchema = z.strictObject({ password: z.string().min(1).max(128) });

/** What closing would do now, for the confirmation. */
export const closurePreviewSchema = z.object({
  /** Open, paused and draft positions that close. */
  positions: z.number().int(),
  /** Applications still in progress that end, each applicant notified. */
  activeApplications: z.number().int(),
  /** Members (the owner included) whose membership ends. */
  members: z.number().int(),
});
export type ClosurePreview = z.infer<typeof closurePreviewSchema>;

import { z } from 'zod';
import { positionStatuses } from '../rules/position-lifecycle.js';
import { certificateRequirementSchema } from '../vocabulary/certificates.js';
import { educationLevelCodes } from '../vocabulary/education.js';
import { employmentTypeSchema } from '../vocabulary/employment.js';
import { districtCodeSchema, streetCodeSchema, streetInDistrict } from '../vocabulary/places.js';
import { serviceDomainSchema } from '../vocabulary/service-domains.js';
import { talentCategorySchema } from '../vocabulary/talent-categories.js';
import { isoDateSchema, isoDateTimeSchema } from './common.js';
import { organisationPublicSchema } from './organisations.js';
import { viewerMarksSchema } from './viewer-marks.js';

export const MAX_MONTHLY_SALARY = 200_000;
export const DEFAULT_DEADLINE_DAYS = 60;

export const educationRequirementSchema = z.enum(['none', ...educationLevelCodes]);
const tags = (max: number) =>
  z
    .array(z.string().trim().min(1).max(20))
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'duplicates are not allowed' });

const positionFields = {
  title: z.string().trim().min(2).max(60),
  primaryDomain: serviceDomainSchema,
  secondaryDomain: serviceDomainSchema.nullable().default(null),
  talentCategory: talentCategorySchema,
  /** Plain text or Markdown; rendered without raw HTML. */
  description: z.string().trim().min(10).max(8_000),
  districtCode: districtCodeSchema,
  streetCode: streetCodeSchema,
  headcount: z.number().int().min(1).max(500),
  employmentType: employmentTypeSchema,
  /** Monthly, in yuan: required on every post (salary transparency). */
  salaryMin: z.number().int().min(0).max(MAX_MONTHLY_SALARY),
  salaryMax: z.number().int().min(0).max(MAX_MONTHLY_SALARY),
  minCertificate: certificateRequirementSchema,
  minEducation: educationRequirementSchema,
  socialWorkMajorRequired: z.boolean(),
  minYearsInDomain: z.number().int().min(0).max(40),
  skills: tags(15).default([]),
  benefits: tags(15).default([]),
  /** For government-purchased project posts (政府购买服务项目): who funds it and until when. */
  governmentPurchase: z
    .strictObject({ funder: z.string().trim().min(2).max(100), projectEndDate: isoDateSchema })
    .nullable()
    .default(null),
  /** Last day to apply; defaults to 60 days after publishing. */
  deadline: isoDateSchema.nullable().default(null),
};

type Checked = {
  salaryMin?: number;
  salaryMax?: number;
  primaryDomain?: string;
  secondaryDomain?: string | null;
  districtCode?: string;
  streetCode?: string;
};
const positionRefinements = <T extends z.ZodType<Checked>>(schema: T) =>
  schema
    .refine((p) => p.salaryMin === undefined || p.salaryMax === undefined || p.salaryMin <= p.salaryMax, {
      path: ['salaryMax'],
      message: 'the maximum is below the minimum',
    })
    .refine((p) => !p.secondaryDomain || p.secondaryDomain !== p.primaryDomain, {
      path: ['secondaryDomain'],
      message: 'the same as the primary domain',
    })
    .refine((p) => !p.districtCode || !p.streetCode || streetInDistrict(p.streetCode, p.districtCode), {
      path: ['streetCode'],
      message: 'street/town is not in that district',
    });

export const createPositionBodySchema = positionRefinements(z.strictObject(positionFields));
export type CreatePositionBody = z.input<typeof createPositionBodySchema>;
/**
 * Editing sends the whole form again (the range and the place are checked together). Lowering a
 * published range below the guidance low needs the same acknowledgement as publishing it.
 */
export const updatePositionBodySchema = positionRefinements(
  z.strictObject({ ...positionFields, acknowledgeBelowGuidance: z.boolean().optional() }),
);

export const positionStatusSchema = z.enum(positionStatuses);

export const positionStatusBodySchema = z.strictObject({
  to: z.enum(['open', 'paused', 'filled', 'closed']),
  reason: z.string().trim().max(300).optional(),
  /** Publishing a range partly below the guidance low needs this explicit acknowledgement. */
  acknowledgeBelowGuidance: z.boolean().optional(),
});

export const guidanceBandSchema = z
  .strictObject({
    low: z.number().int().min(0).max(MAX_MONTHLY_SALARY),
    median: z.number().int().min(0).max(MAX_MONTHLY_SALARY),
    high: z.number().int().min(0).max(MAX_MONTHLY_SALARY),
  })
  .refine((b) => b.low <= b.median && b.median <= b.high, { message: 'low ≤ median ≤ high' });

export const salaryComparisonSchema = z.object({
  year: z.number().int(),
  level: z.enum(['none', 'assistant', 'social_worker', 'senior']),
  guidance: z.object({ low: z.number(), median: z.number(), high: z.number() }),
  band: z.enum(['below_low', 'low_to_median', 'median_to_high', 'above_high']),
  belowLow: z.boolean(),
  entirelyBelowLow: z.boolean(),
  ratioToMedian: z.number(),
});

const statusEntrySchema = z.object({
  status: positionStatusSchema,
  at: isoDateTimeSchema,
  /**
   * Who moved it (an account id; null for the system: expiry, filling) and the reason given:
   * for members of the posting organisation only, null for everyone else.
   */
  by: z.string().nullable(),
  reason: z.string().nullable(),
});

export const stageCountsSchema = z.record(z.string(), z.number().int());

export const positionSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    organisation: organisationPublicSchema,
    title: z.string(),
    primaryDomain: serviceDomainSchema,
    secondaryDomain: serviceDomainSchema.nullable(),
    talentCategory: talentCategorySchema,
    description: z.string(),
    districtCode: z.string(),
    streetCode: z.string(),
    headcount: z.number().int(),
    filledCount: z.number().int(),
    employmentType: employmentTypeSchema,
    salaryMin: z.number().int(),
    salaryMax: z.number().int(),
    minCertificate: certificateRequirementSchema,
    minEducation: educationRequirementSchema,
    socialWorkMajorRequired: z.boolean(),
    minYearsInDomain: z.number().int(),
    skills: z.array(z.string()),
    benefits: z.array(z.string()),
    governmentPurchase: z.object({ funder: z.string(), projectEndDate: z.string() }).nullable(),
    status: positionStatusSchema,
    publishedAt: isoDateTimeSchema.nullable(),
    deadline: isoDateSchema.nullable(),
    salaryComparison: salaryComparisonSchema.nullable(),
    statusHistory: z.array(statusEntrySchema),
    /** For members of the posting organisation only: applications by stage. */
    applicantCounts: stageCountsSchema.nullable(),
    acceptsApplications: z.boolean(),
    /** The signed-in worker's own marks (applied, bookmarked) on the position's page; null otherwise. */
    viewer: viewerMarksSchema.nullable(),
    createdAt: isoDateTimeSchema,
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'Position' });
export type Position = z.infer<typeof positionSchema>;

export const orgPositionsQuerySchema = z.strictObject({
  status: positionStatusSchema.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const salaryGuidanceSchema = z
  .object({
    year: z.number().int(),
    byLevel: z.object({
      none: guidanceBandSchema,
      assistant: guidanceBandSchema,
      social_worker: guidanceBandSchema,
      senior: guidanceBandSchema,
    }),
    byCategory: z.object({
      practice: guidanceBandSchema,
      supervision: guidanceBandSchema,
      management: guidanceBandSchema,
      education_research: guidanceBandSchema,
    }),
    source: z.string(),
    updatedAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'SalaryGuidance' });
export type SalaryGuidance = z.infer<typeof salaryGuidanceSchema>;

export const salaryGuidanceBodySchema = z.strictObject({
  byLevel: z.strictObject({
    none: guidanceBandSchema,
    assistant: guidanceBandSchema,
    social_worker: guidanceBandSchema,
    senior: guidanceBandSchema,
  }),
  byCategory: z.strictObject({
    practice: guidanceBandSchema,
    supervision: guidanceBandSchema,
    management: guidanceBandSchema,
    education_research: guidanceBandSchema,
  }),
  source: z.string().trim().min(4).max(300),
});

export const yearParamsSchema = z.strictObject({ year: z.coerce.number().int().min(2015).max(2100) });

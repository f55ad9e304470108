import { z } from 'zod';
import { certificateRequirementSchema } from '../vocabulary/certificates.js';
import { educationLevelCodes } from '../vocabulary/education.js';
import { employmentTypeSchema } from '../vocabulary/employment.js';
import { organisationTypeSchema } from '../vocabulary/organisation-types.js';
import { districtCodeSchema, streetCodeSchema } from '../vocabulary/places.js';
import { serviceDomainSchema } from '../vocabulary/service-domains.js';
import { talentCategorySchema } from '../vocabulary/talent-categories.js';
import { isoDateSchema, isoDateTimeSchema } from './common.js';
import { viewerMarksSchema } from './viewer-marks.js';

/**
 * A repeated query parameter (`domain=a&domain=b`) arrives as a string or a string array; left
 * out, it is the empty list (and optional in the OpenAPI document, which the default makes it).
 */
const repeated = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (Array.isArray(v) ? v : [v]), z.array(item).max(max)).default([]);

/** A whole number from a query string ("12") or a JSON body (12, in a saved search). */
const int = (min: number, max: number) =>
  z
    .union([z.number(), z.string().regex(/^\d+$/, 'a whole number').transform(Number)])
    .pipe(z.number().int().min(min).max(max));

const common = {
  q: z.string().trim().max(200).optional(),
  domain: repeated(serviceDomainSchema, 28),
  district: repeated(districtCodeSchema, 16),
  street: repeated(streetCodeSchema, 50),
  employmentType: repeated(employmentTypeSchema, 4),
  talentCategory: repeated(talentCategorySchema, 4),
  certLevelMin: certificateRequirementSchema.optional(),
  educationMin: z.enum(['none', ...educationLevelCodes]).optional(),
  salaryMin: int(0, 200_000).optional(),
  salaryMax: int(0, 200_000).optional(),
  sort: z.enum(['relevance', 'newest', 'salary']).default('relevance'),
  /**
   * `auto`: district and street names in `q` (闵行, xujiahui) are taken out of the text and rank
   * hits there first (never a filter); `off`: `q` is searched as typed.
   */
  places: z.enum(['auto', 'off']).default('auto'),
  page: int(1, 1_000).default(1),
  pageSize: int(1, 100).default(20),
};

/** `GET /api/positions/search`: open positions only. Unknown parameters are refused by name. */
export const positionSearchQuerySchema = z.strictObject({
  ...common,
  orgType: repeated(organisationTypeSchema, 11),
  postedWithinDays: int(1, 3650).optional(),
});
export type PositionSearchQuery = z.input<typeof positionSearchQuerySchema>;

/** `GET /api/talent/search`: visible talent records only, masked. */
export const talentSearchQuerySchema = z.strictObject({
  ...common,
  openToWork: z.enum(['true', 'false']).optional(),
});
export type TalentSearchQuery = z.input<typeof talentSearchQuerySchema>;

/** Why a hit matched the query: which field, which element of it, and how. */
export const searchMatchSchema = z.object({
  field: z.enum(['title', 'org', 'domain', 'skill', 'description', 'role', 'education', 'language', 'place']),
  /** A service-domain code (`domain`), a district or street code (`place`), the matched text otherwise ('' when too long to show). */
  value: z.string(),
  /** `word`: the query's own word (or a typo or prefix of it); `pinyin`: typed in pinyin; `synonym`: a word the query's stands for. */
  via: z.enum(['word', 'pinyin', 'synonym']),
  /** For `synonym`: the query word it stands for. */
  synonymOf: z.string().optional(),
});
export type SearchMatch = z.infer<typeof searchMatchSchema>;

export const facetCountsSchema = z.record(z.string(), z.record(z.string(), z.number().int()));

export const positionHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  orgId: z.string(),
  orgName: z.string(),
  orgType: organisationTypeSchema,
  orgVerified: z.boolean(),
  agencyQualified: z.boolean(),
  primaryDomain: serviceDomainSchema,
  secondaryDomain: serviceDomainSchema.nullable(),
  districtCode: z.string(),
  streetCode: z.string(),
  employmentType: employmentTypeSchema,
  talentCategory: talentCategorySchema,
  salaryMin: z.number().int(),
  salaryMax: z.number().int(),
  minCertificate: certificateRequirementSchema,
  headcount: z.number().int(),
  publishedAt: isoDateTimeSchema,
  deadline: isoDateSchema.nullable(),
  belowGuidance: z.boolean(),
  /** Matched words wrapped in <mark>, everything else HTML-escaped. */
  highlights: z.object({ title: z.string().optional(), description: z.string().optional() }),
  /** Why the hit matched the query (empty without one, and outside search). */
  matches: z.array(searchMatchSchema),
  /** The signed-in worker's own marks (applied, bookmarked); null for anyone else. */
  viewer: viewerMarksSchema.nullable(),
});
export type PositionHit = z.infer<typeof positionHitSchema>;

export const talentHitSchema = z.object({
  id: z.string(),
  maskedName: z.string(),
  districtCode: z.string().nullable(),
  streetCode: z.string().nullable(),
  highestCertificate: z.string().nullable(),
  isCertified: z.boolean(),
  isTalent: z.boolean(),
  educationLevel: z.string().nullable(),
  talentCategory: z.string().nullable(),
  serviceDomains: z.array(z.string()),
  skills: z.array(z.string()),
  totalExperienceYears: z.number(),
  openToWork: z.boolean(),
  wishSalaryMin: z.number().nullable(),
  ceStatus: z.string(),
  highlights: z.object({ skills: z.string().optional(), roles: z.string().optional() }),
  /** Why the hit matched the query (empty without one, and outside search). */
  matches: z.array(searchMatchSchema),
});
export type TalentHit = z.infer<typeof talentHitSchema>;

export function searchResponseOf<T extends z.ZodType>(hit: T) {
  return z.object({
    hits: z.array(hit),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    facets: facetCountsSchema,
    tookMs: z.number(),
    /** How `q` was read: the text searched (normalised: NFKC, lower case, simplified), the places found in it, the words left out. */
    understood: z.object({
      text: z.string(),
      places: z.array(z.object({ kind: z.enum(['district', 'street']), code: z.string() })),
      /** Words left out because they match nothing on their own (only when the whole text found nothing). */
      ignored: z.array(z.string()),
    }),
  });
}

export const streetFacetQuerySchema = z.strictObject({
  q: z.string().trim().max(20).default(''),
  district: repeated(districtCodeSchema, 16),
});
export const streetFacetResponseSchema = z.object({
  items: z.array(z.object({ value: z.string(), count: z.number().int() })),
});

export const matchReasonSchema = z.object({
  code: z.string(),
  kind: z.enum(['requirement', 'fit']),
  met: z.union([z.boolean(), z.literal('partial')]),
  weight: z.number(),
  earned: z.number(),
  label: z.object({ zh: z.string(), en: z.string() }),
});
export type MatchReason = z.infer<typeof matchReasonSchema>;

export const candidateMatchSchema = z.object({
  score: z.number().int(),
  reasons: z.array(matchReasonSchema),
  talent: talentHitSchema,
});

export const positionMatchSchema = z.object({
  score: z.number().int(),
  eligible: z.boolean(),
  reasons: z.array(matchReasonSchema),
  position: positionHitSchema,
});

export const matchesQuerySchema = z.strictObject({
  limit: int(1, 50).default(20),
  /** `false`: the newest open positions instead, without using the record. */
  personalised: z.enum(['true', 'false']).default('true'),
});

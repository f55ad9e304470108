import { z } from 'zod';
import { certificateLevelSchema } from '../vocabulary/certificates.js';
import { educationLevelSchema } from '../vocabulary/education.js';
import { employmentTypeSchema } from '../vocabulary/employment.js';
import { districtCodeSchema, streetCodeSchema, streetInDistrict } from '../vocabulary/places.js';
import { serviceDomainSchema } from '../vocabulary/service-domains.js';
import { talentCategorySchema } from '../vocabulary/talent-categories.js';
import { isoDateSchema, isoDateTimeSchema } from './common.js';
import { creditCodeSchema, mobileSchema } from './organisations.js';

const itemId = z.string().regex(/^[A-Za-z0-9_-]{6,32}$/);
const year = z.number().int().min(1950).max(2100);
const shortText = (max: number) => z.string().trim().min(1).max(max);
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'duplicates are not allowed' });

export const personalSchema = z
  .strictObject({
    name: shortText(50),
    birthYear: z.number().int().min(1940).max(2012),
    gender: z.enum(['female', 'male', 'other']).nullable().default(null),
    districtCode: districtCodeSchema,
    streetCode: streetCodeSchema.nullable().default(null),
    mobile: mobileSchema,
    email: z.email().max(254).nullable().default(null),
  })
  .refine((p) => !p.streetCode || streetInDistrict(p.streetCode, p.districtCode), {
    path: ['streetCode'],
    message: 'street/town is not in that district',
  });

export const educationEntrySchema = z.strictObject({
  id: itemId.optional(),
  level: educationLevelSchema,
  school: shortText(100),
  major: shortText(100),
  /** Social work, a related major (sociology, psychology, …) or another field — the plan's test. */
  field: z.enum(['social_work', 'related', 'other']),
  graduationYear: year,
  inProgress: z.boolean().default(false),
});

/** A certificate as the worker declares it; verification is the bureau's, never the worker's. */
export const certificateInputSchema = z.strictObject({
  id: itemId.optional(),
  level: certificateLevelSchema,
  number: z
    .string()
    .trim()
    .min(4)
    .max(40)
    .regex(/^[A-Za-z0-9-]+$/, 'letters, digits and hyphens only'),
  yearObtained: year,
  registrationValidUntil: isoDateSchema.nullable().default(null),
});

export const certificateSchema = certificateInputSchema.extend({
  id: itemId,
  status: z.enum(['claimed', 'verified', 'refused']),
  /** `registry`: matched the bureau's imported registry; `manual`: decided in the queue. */
  verifiedBy: z.enum(['registry', 'manual']).nullable(),
  decidedAt: isoDateTimeSchema.nullable(),
  refusalReason: z.string().nullable(),
});
export type Certificate = z.infer<typeof certificateSchema>;

export const trainingEntrySchema = z.strictObject({
  id: itemId.optional(),
  provider: shortText(100),
  year,
  hours: z.number().min(1).max(5_000),
  /** A training certificate or attendance proof exists (有培训证明); its reference is recorded. */
  hasProof: z.boolean(),
  proofReference: z.string().trim().max(100).nullable().default(null),
});

export const ceRecordSchema = z.strictObject({
  id: itemId.optional(),
  date: isoDateSchema,
  hours: z.number().min(0.5).max(200),
  provider: shortText(100),
  topic: shortText(200),
});

export const serviceEntryInputSchema = z
  .strictObject({
    id: itemId.optional(),
    organisationName: shortText(100),
    domains: uniqueList(serviceDomainSchema, 3).min(1),
    role: shortText(60),
    from: isoDateSchema,
    to: isoDateSchema.nullable().default(null),
    hours: z.number().int().min(0).max(100_000).nullable().default(null),
  })
  .refine((e) => e.to === null || e.to >= e.from, { path: ['to'], message: 'ends before it starts' });

export const serviceEntrySchema = z.object({
  id: itemId,
  organisationName: z.string(),
  organisationId: z.string().nullable(),
  domains: z.array(serviceDomainSchema),
  role: z.string(),
  from: isoDateSchema,
  to: isoDateSchema.nullable(),
  hours: z.number().nullable(),
  /** Entries created by a hire through the platform are confirmed by the employer. */
  confirmedByEmployer: z.boolean(),
  source: z.enum(['self', 'platform_hire']),
});

export const wishesSchema = z.strictObject({
  serviceDomains: uniqueList(serviceDomainSchema, 10).default([]),
  districtCodes: uniqueList(districtCodeSchema, 16).default([]),
  /** Lowest acceptable monthly salary, yuan. */
  salaryMin: z.number().int().min(0).max(200_000).nullable().default(null),
  employmentTypes: uniqueList(employmentTypeSchema, 4).default([]),
});

export const visibilitySchema = z.enum(['public', 'verified_orgs', 'hidden']);
export const declarableSectionSchema = z.enum(['certificates', 'serviceHistory', 'continuingEducation']);

/** Every section a worker edits; PATCH replaces the sections it names and leaves the rest. */
export const profileSectionsSchema = z.strictObject({
  personal: personalSchema,
  education: z.array(educationEntrySchema).max(10),
  certificates: z.array(certificateInputSchema).max(5),
  training: z.array(trainingEntrySchema).max(30),
  continuingEducation: z.array(ceRecordSchema).max(200),
  serviceHistory: z.array(serviceEntryInputSchema).max(30),
  serviceDomains: uniqueList(serviceDomainSchema, 10),
  skills: uniqueList(z.string().trim().min(1).max(20), 20),
  talentCategory: talentCategorySchema.nullable(),
  communityWorker: z.boolean(),
  languages: uniqueList(z.string().trim().min(1).max(20), 10),
  wishes: wishesSchema,
  openToWork: z.boolean(),
  visibility: visibilitySchema,
  /** Organisations (by unified social credit code) that must never see this profile. */
  hideFrom: uniqueList(creditCodeSchema, 50),
  declaredNone: uniqueList(declarableSectionSchema, 3),
});
export const updateProfileBodySchema = profileSectionsSchema.partial();
export type UpdateProfileBody = z.input<typeof updateProfileBodySchema>;

export const ceStatusSchema = z.object({
  status: z.enum(['met', 'short', 'no_certificate', 'expired']),
  level: certificateLevelSchema.nullable(),
  required: z.number(),
  completed: z.number(),
  hoursShort: z.number(),
  cycleStart: z.string().nullable(),
  cycleEnd: z.string().nullable(),
  reminderDue: z.boolean(),
});

/** Computed from the record by the rules in `shared/rules`, never typed in. */
export const profileComputedSchema = z.object({
  isTalent: z.boolean(),
  talentGrounds: z.array(z.enum(['education', 'certificate', 'training'])),
  isCertified: z.boolean(),
  highestCertificate: certificateLevelSchema.nullable(),
  /** The same, counting certificates still awaiting verification — for the worker's own view. */
  provisionalHighestCertificate: certificateLevelSchema.nullable(),
  ce: ceStatusSchema,
  experienceYears: z.record(z.string(), z.number()),
  totalExperienceYears: z.number(),
  completeness: z.object({ percent: z.number(), missing: z.array(z.string()) }),
});
export type ProfileComputed = z.infer<typeof profileComputedSchema>;

/** The worker's own record: everything, ID card masked. */
export const ownProfileSchema = z
  .object({
    id: z.string(),
    personal: z.object({
      name: z.string(),
      birthYear: z.number().nullable(),
      gender: z.enum(['female', 'male', 'other']).nullable(),
      districtCode: z.string().nullable(),
      streetCode: z.string().nullable(),
      mobile: z.string().nullable(),
      email: z.string().nullable(),
    }),
    idCard: z.object({ masked: z.string(), consentedAt: isoDateTimeSchema }).nullable(),
    education: z.array(educationEntrySchema.extend({ id: itemId })),
    certificates: z.array(certificateSchema),
    training: z.array(trainingEntrySchema.extend({ id: itemId })),
    continuingEducation: z.array(ceRecordSchema.extend({ id: itemId })),
    serviceHistory: z.array(serviceEntrySchema),
    serviceDomains: z.array(serviceDomainSchema),
    skills: z.array(z.string()),
    talentCategory: talentCategorySchema.nullable(),
    communityWorker: z.boolean(),
    languages: z.array(z.string()),
    wishes: z.object({
      serviceDomains: z.array(serviceDomainSchema),
      districtCodes: z.array(z.string()),
      salaryMin: z.number().nullable(),
      employmentTypes: z.array(employmentTypeSchema),
    }),
    openToWork: z.boolean(),
    visibility: visibilitySchema,
    hideFrom: z.array(z.string()),
    declaredNone: z.array(declarableSectionSchema),
    computed: profileComputedSchema,
    updatedAt: isoDateTimeSchema,
  })
  .meta({ id: 'OwnProfile' });
export type OwnProfile = z.infer<typeof ownProfileSchema>;

/** What an organisation or the bureau sees: masked personal data, no ID card, no hide-from list. */
export const talentViewSchema = z
  .object({
    id: z.string(),
    maskedName: z.string(),
    birthYear: z.number().nullable(),
    districtCode: z.string().nullable(),
    streetCode: z.string().nullable(),
    maskedMobile: z.string().nullable(),
    education: z.array(educationEntrySchema.omit({ id: true })),
    certificates: z.array(certificateSchema.pick({ level: true, yearObtained: true, status: true })),
    serviceHistory: z.array(serviceEntrySchema.omit({ id: true, organisationId: true })),
    continuingEducationHours: z.number(),
    serviceDomains: z.array(serviceDomainSchema),
    skills: z.array(z.string()),
    talentCategory: talentCategorySchema.nullable(),
    communityWorker: z.boolean(),
    languages: z.array(z.string()),
    wishes: ownProfileSchema.shape.wishes,
    openToWork: z.boolean(),
    computed: profileComputedSchema.omit({ provisionalHighestCertificate: true, completeness: true }),
  })
  .meta({ id: 'TalentView' });
export type TalentView = z.infer<typeof talentViewSchema>;

export const idCardBodySchema = z.strictObject({
  idCard: z.string().trim().min(15).max(18),
  /** The separate, explicit consent PIPL asks for sensitive personal information. */
  consent: z.literal(true, { message: 'explicit consent is required' }),
  noticeVersion: z.string().max(20),
});

export const contactRevealSchema = z.object({
  name: z.string(),
  mobile: z.string().nullable(),
  email: z.string().nullable(),
});

export const profileViewSchema = z.object({
  at: isoDateTimeSchema,
  viewer: z.object({ kind: z.enum(['organisation', 'bureau']), name: z.string() }),
  action: z.enum(['profile_viewed', 'contact_revealed']),
});

export const deleteAccountBodySchema = z.strictObject({ password: z.string().min(1).max(128) });

import { z } from 'zod';
import { roles } from '../api/contract.js';
import { certificateLevelSchema } from '../vocabulary/certificates.js';
import { isoDateTimeSchema, objectIdSchema } from './common.js';

/** Columns of the official certificate registry file (CSV or XLSX, header row first). */
export const registryColumns = ['name', 'number', 'level', 'year'] as const;

/**
 * What one import may hold. Checked while the file streams in, so memory stays bounded whatever the
 * file claims: rows, characters per cell, and for XLSX (a zip) the bytes it unpacks to and how far
 * it is compressed (a legitimate sheet unpacks to 3–20 times its size; a zip bomb to 1,000).
 */
export const registryImportLimits = {
  maxRows: 200_000,
  maxCellChars: 500,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 100,
} as const;

export const registryErrorCodes = [
  'empty_file',
  'no_rows',
  'missing_column',
  'name_required',
  'number_format',
  'duplicate_number',
  'unknown_level',
  'year_range',
  'unreadable_file',
  'processing_failed',
  'too_many_rows',
  'cell_too_long',
  'unpacked_too_large',
  'compression_too_high',
] as const;
export const registryErrorCodeSchema = z.enum(registryErrorCodes);
export type RegistryErrorCode = z.infer<typeof registryErrorCodeSchema>;

export const registryImportSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    /** The phase: every row is checked first (nothing is written while any is wrong), then written, then claims re-checked. */
    status: z.enum(['validating', 'importing', 'verifying', 'done', 'failed']),
    /** Size of the uploaded file in bytes. */
    fileBytes: z.number().int(),
    /** Rows checked so far while validating. */
    checkedRows: z.number().int(),
    /** How much of the file the check has read, 0–1 (the row count is known only at its end). */
    checkedShare: z.number().min(0).max(1),
    /** Data rows in the file, known once the check has finished. */
    totalRows: z.number().int(),
    /** Rows written so far (each batch of rows is committed with this count, so an interrupted import resumes here). */
    processedRows: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    /** Claimed certificates re-checked against the registry so far, of how many (the verifying phase). */
    claimsChecked: z.number().int(),
    claimsToCheck: z.number().int(),
    /** Claimed certificates that matched the registry (number + name) and became verified. */
    certificatesVerified: z.number().int(),
    /** Row problems: `code` is stable for translation, `message` explains it in English. */
    errors: z.array(
      z.object({ row: z.number().int(), column: z.string(), code: registryErrorCodeSchema, message: z.string() }),
    ),
    /** More row errors than listed (the list is capped). */
    moreErrors: z.number().int(),
    startedAt: isoDateTimeSchema,
    finishedAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'RegistryImport' });
export type RegistryImport = z.infer<typeof registryImportSchema>;

export const registryImportQuerySchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(csv|xlsx)$/i, 'a .csv or .xlsx file'),
});

/**
 * The automatic rule: a claim whose number, holder name, level and year all match the registry is
 * verified without a person. Anything else waits in the bureau's queue with its reasons.
 */
export const certificateAutoVerifyRule = 'number+name+level+year' as const;

/** Why a claim waits for a person (stable codes; the client translates them). */
export const certificateQueueReasons = [
  'registry_not_imported',
  'not_in_registry',
  'name_mismatch',
  'level_mismatch',
  'year_mismatch',
  'no_holder_name',
] as const;
export const certificateQueueReasonSchema = z.enum(certificateQueueReasons);
export type CertificateQueueReason = z.infer<typeof certificateQueueReasonSchema>;

export const certificateQueueQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  /** Holder name or certificate number (substring, case-insensitive). */
  q: z.string().trim().max(100).optional(),
  districtCode: z
    .string()
    .trim()
    .regex(/^\d{6}$/)
    .optional(),
  level: certificateLevelSchema.optional(),
  reason: certificateQueueReasonSchema.optional(),
  /** Only claims waiting longer than this many days. */
  olderThanDays: z.coerce.number().int().min(1).max(3650).optional(),
});
export type CertificateQueueQuery = z.input<typeof certificateQueueQuerySchema>;

export const certificateQueueItemSchema = z.object({
  profileId: z.string(),
  certificateId: z.string(),
  holderName: z.string(),
  level: certificateLevelSchema,
  number: z.string(),
  yearObtained: z.number(),
  claimedAt: isoDateTimeSchema,
  /** The worker's district (null when the record names none). */
  districtCode: z.string().nullable(),
  /** Why it needs a person, computed by the server against the registry. */
  reasons: z.array(certificateQueueReasonSchema),
  /** What the registry says about this number, when it knows it. */
  registry: z.object({ name: z.string(), level: certificateLevelSchema, year: z.number() }).nullable(),
});

/** One waiting claim with what the bureau needs to decide it: the worker's facts (masked) and its history. */
export const certificateQueueDetailSchema = z.object({
  item: certificateQueueItemSchema,
  worker: z.object({
    birthYear: z.number().nullable(),
    gender: z.string().nullable(),
    districtCode: z.string().nullable(),
    streetCode: z.string().nullable(),
    mobile: z.string().nullable(),
    education: z.array(
      z.object({ level: z.string(), school: z.string(), major: z.string(), graduationYear: z.number() }),
    ),
    /** The worker's other certificates and where they stand. */
    otherCertificates: z.array(
      z.object({ level: certificateLevelSchema, number: z.string(), yearObtained: z.number(), status: z.string() }),
    ),
  }),
  history: z.array(z.object({ at: isoDateTimeSchema, action: z.string(), reason: z.string().nullable() })),
});

export const certificateDecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ profileId: z.string(), certificateId: z.string(), decision: z.literal('verify') }),
  z.strictObject({
    profileId: z.string(),
    certificateId: z.string(),
    decision: z.literal('refuse'),
    reason: z.string().trim().min(4).max(500),
  }),
]);

/** At most this many items in one bulk decision. */
export const BULK_DECISION_MAX = 200;

const certificateRefSchema = z.strictObject({ profileId: objectIdSchema, certificateId: z.string().min(1).max(100) });
export const certificateBulkDecisionBodySchema = z.discriminatedUnion('decision', [
  z.strictObject({ items: z.array(certificateRefSchema).min(1).max(BULK_DECISION_MAX), decision: z.literal('verify') }),
  z.strictObject({
    items: z.array(certificateRefSchema).min(1).max(BULK_DECISION_MAX),
    decision: z.literal('refuse'),
    reason: z.string().trim().min(4).max(500),
  }),
]);

/** Per-item outcome of a bulk decision: done, or skipped with the error code that stopped it. */
export const bulkDecisionResultSchema = z.object({
  done: z.number().int(),
  skipped: z.number().int(),
  results: z.array(
    z.object({
      id: z.string(),
      outcome: z.enum(['done', 'skipped']),
      code: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
});
export type BulkDecisionResult = z.infer<typeof bulkDecisionResultSchema>;

export const ceRuleSchema = z.strictObject({
  cycleYears: z.number().int().min(1).max(10),
  hoursPerCycle: z.strictObject({
    assistant: z.number().int().min(0).max(1000),
    social_worker: z.number().int().min(0).max(1000),
    senior: z.number().int().min(0).max(1000),
  }),
});

export const adminUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  login: z.string(),
  role: z.enum(roles),
  status: z.enum(['active', 'disabled']),
  orgId: z.string().nullable(),
  createdAt: isoDateTimeSchema,
});

export const adminUpdateUserBodySchema = z
  .strictObject({ role: z.enum(roles).optional(), status: z.enum(['active', 'disabled']).optional() })
  .refine((b) => b.role !== undefined || b.status !== undefined, { message: 'nothing to change' });

export const auditEventSchema = z.object({
  id: z.string(),
  at: isoDateTimeSchema,
  action: z.string(),
  actor: z.object({ userId: z.string().nullable(), role: z.string().nullable(), orgId: z.string().nullable() }),
  target: z.object({ type: z.string(), id: z.string().nullable() }),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const consentSchema = z.object({
  kind: z.enum(['privacy_notice', 'id_card']),
  noticeVersion: z.string(),
  grantedAt: isoDateTimeSchema,
  withdrawnAt: isoDateTimeSchema.nullable(),
});

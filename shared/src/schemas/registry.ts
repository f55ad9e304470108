import { z } from 'zod';
import { roles } from '../api/contract.js';
import { certificateLevelSchema } from '../vocabulary/certificates.js';
import { isoDateTimeSchema } from './common.js';

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

export const certificateQueueItemSchema = z.object({
  profileId: z.string(),
  certificateId: z.string(),
  holderName: z.string(),
  level: certificateLevelSchema,
  number: z.string(),
  yearObtained: z.number(),
  claimedAt: isoDateTimeSchema,
  /** What the registry says about this number, when it knows it. */
  registry: z.object({ name: z.string(), level: certificateLevelSchema, year: z.number() }).nullable(),
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

import { z } from 'zod';
import { apiErrorCodes } from '../api/error-codes.js';

/** A MongoDB ObjectId in its 24-hex-digit string form. */
export const objectIdSchema = z
  .string()
  .regex(/^[0-9a-f]{24}$/i, 'must be a 24-character hexadecimal id')
  .meta({ id: 'ObjectId', example: '65a1f0c2b4e5d6f7a8b9c0d1' });
export type ObjectId = z.infer<typeof objectIdSchema>;

export const idParamsSchema = z.strictObject({ id: objectIdSchema });

export const paginationQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

export const validationIssueSchema = z.object({
  /** Where the problem is: `body.email`, `query.page`, `params.id`. */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ValidationIssue = z.infer<typeof validationIssueSchema>;

export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.enum(apiErrorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorEnvelope' });
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** Calendar timestamps travel as ISO-8601 strings. */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const isoDateSchema = z.iso.date();

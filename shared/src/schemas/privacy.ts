import { z } from 'zod';
import { locales } from '../vocabulary/label.js';
import { personalDataSectionCodes, retentionReasons } from '../vocabulary/personal-data.js';

export const personalDataSectionSchema = z.enum(personalDataSectionCodes);
export const retentionReasonSchema = z.enum(
  retentionReasons.map((r) => r.code) as [
    (typeof retentionReasons)[number]['code'],
    ...(typeof retentionReasons)[number]['code'][],
  ],
);

const line = z.object({ section: personalDataSectionSchema, count: z.number().int() });

/** What deleting the account did: erased, kept without what identifies the person, kept as is (and why). */
export const erasureReportSchema = z
  .object({
    ok: z.literal(true),
    /** Deleted outright. */
    erased: z.array(line),
    /** Kept with everything that identifies the person removed (see `retainedAfterDeletion`). */
    anonymised: z.array(line.extend({ reason: retentionReasonSchema })),
    /** Kept as it is: records of others that hold only the deleted account's number. */
    kept: z.array(line.extend({ reason: retentionReasonSchema })),
  })
  .meta({ id: 'ErasureReport' });
export type ErasureReport = z.infer<typeof erasureReportSchema>;

export const exportSummaryQuerySchema = z.strictObject({ lang: z.enum(locales).default('zh-CN') });

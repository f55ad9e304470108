import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from './common.js';

/**
 * A figure as published: a value, or why there is none. `suppressed`: fewer than 5 people
 * (primary disclosure control, never shown as 0, marked "<5"); `secondary`: hidden so that a
 * suppressed count cannot be worked out from the totals (complementary suppression, marked "x");
 * `not_shown`: a ratio whose supply is under 20;
 * `na`: nothing to compare with (no previous period).
 */
export const cellSchema = z.object({
  value: z.number().nullable(),
  flag: z.enum(['suppressed', 'secondary', 'not_shown', 'na']).nullable(),
});
export type Cell = z.infer<typeof cellSchema>;

export const periodKindSchema = z.enum(['month', 'quarter']);
export type PeriodKind = z.infer<typeof periodKindSchema>;

/** `2026-10` (month) or `2026-Q3` (quarter). */
export const periodIdSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'a month like 2026-10 or a quarter like 2026-Q3');

export const periodSchema = z.object({
  id: periodIdSchema,
  kind: periodKindSchema,
  /** First and last day, Shanghai calendar. */
  start: isoDateSchema,
  end: isoDateSchema,
});
export type Period = z.infer<typeof periodSchema>;

/** The headline measures of a period, each with its change on the previous period (环比) and a year before (同比). */
export const headlineMeasures = [
  'demand',
  'supply',
  'ratio',
  'newPostings',
  'newSeekers',
  'openingsAtEnd',
  'applications',
  'hires',
  'employed',
  'hiresRate',
  'openingsRate',
  'daysToHireMedian',
  'daysToHireMean',
  'salaryP10',
  'salaryP25',
  'salaryP50',
  'salaryP75',
  'salaryP90',
  'salaryBelowGuidanceShare',
  'salaryMedianToGuidance',
] as const;
export type HeadlineMeasure = (typeof headlineMeasures)[number];

export const headlineSchema = z.record(
  z.enum(headlineMeasures),
  z.object({ current: cellSchema, previous: cellSchema, yearAgo: cellSchema, mom: cellSchema, yoy: cellSchema }),
);

export const breakdownDimensions = [
  'domain',
  'district',
  'streetKind',
  'certificateRequired',
  'certificateHeld',
  'education',
  'talentCategory',
  'orgType',
  'ageBand',
] as const;
export type BreakdownDimension = (typeof breakdownDimensions)[number];

export const breakdownRowSchema = z.object({
  /** A vocabulary code, `none` (no requirement), or `total`. */
  category: z.string(),
  demand: cellSchema,
  supply: cellSchema,
  ratio: cellSchema,
  /** Share of the total, percent, of demand (or of supply for supply-only dimensions). */
  share: cellSchema,
  /** Change in percent against the previous period and the same period a year before. */
  mom: cellSchema,
  yoy: cellSchema,
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const breakdownTableSchema = z.object({
  dimension: z.enum(breakdownDimensions),
  /** Which side the dimension describes; share, 环比 and 同比 are of that side. */
  side: z.enum(['demand', 'supply', 'both']),
  rows: z.array(breakdownRowSchema),
  total: breakdownRowSchema,
});
export type BreakdownTable = z.infer<typeof breakdownTableSchema>;

export const shortageCellSchema = z.object({
  domain: z.string(),
  district: z.string(),
  demand: cellSchema,
  supply: cellSchema,
  ratio: cellSchema,
});

export const reportFiguresSchema = z
  .object({
    period: periodSchema,
    /** The data the figures were computed from, as it stood at this time. */
    asOf: isoDateTimeSchema,
    headline: headlineSchema,
    tables: z.array(breakdownTableSchema),
    /** Domain × district cells by 求人倍率, highest first (cells with R not shown are left out). */
    shortage: z.array(shortageCellSchema),
  })
  .meta({ id: 'ReportFigures' });
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

export const reportVersionSchema = z.object({
  version: z.number().int().min(1),
  publishedAt: isoDateTimeSchema,
  preliminary: z.boolean(),
  revisionNote: z.string().nullable(),
});

export const methodologySchema = z.object({ zh: z.string(), en: z.string() });

export const reportSchema = z
  .object({
    periodId: periodIdSchema,
    version: z.number().int(),
    publishedAt: isoDateTimeSchema,
    preliminary: z.boolean(),
    revisionNote: z.string().nullable(),
    methodology: methodologySchema,
    figures: reportFiguresSchema,
    versions: z.array(reportVersionSchema),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof reportSchema>;

export const reportSummarySchema = z.object({
  periodId: periodIdSchema,
  kind: periodKindSchema,
  version: z.number().int(),
  publishedAt: isoDateTimeSchema,
  preliminary: z.boolean(),
  demand: cellSchema,
  supply: cellSchema,
  ratio: cellSchema,
});

export const releaseCalendarEntrySchema = z.object({
  periodId: periodIdSchema,
  kind: periodKindSchema,
  /** The planned publication day. */
  date: isoDateSchema,
  published: z.boolean(),
  /** Bureau only, for a period not yet published: when its draft was made (null: not yet). */
  draftedAt: isoDateTimeSchema.nullable().optional(),
});

export const publishReportBodySchema = z.strictObject({
  periodId: periodIdSchema,
  preliminary: z.boolean(),
});
export const reviseReportBodySchema = z.strictObject({
  revisionNote: z.string().trim().min(4).max(1_000),
  preliminary: z.boolean(),
});

export const denominatorSchema = z.object({
  code: z.enum(['community_workers', 'youth_population', 'foreign_residents']),
  value: z.number().int().min(1),
  source: z.string(),
  asOf: isoDateSchema,
  enteredAt: isoDateTimeSchema,
});
export const denominatorBodySchema = z.strictObject({
  value: z.number().int().min(1).max(100_000_000),
  source: z.string().trim().min(4).max(300),
  asOf: isoDateSchema,
});

export const indicatorSchema = z.object({
  code: z.string(),
  no: z.number().int(),
  /** The current value in the indicator's unit (e.g. 10,000 people), or null when a denominator is missing. */
  value: z.number().nullable(),
  baseline2020: z.number().nullable(),
  target2025: z.number(),
  /** Share of the way from baseline (or 0) to target, percent, capped at 100. */
  progress: z.number().nullable(),
  /** What the value is made of: numerator, denominator and their sources. */
  numerator: z.number().nullable(),
  denominator: z.object({ value: z.number(), source: z.string(), asOf: isoDateSchema }).nullable(),
  source: z.enum(['platform', 'platform_and_bureau']),
  asOf: isoDateTimeSchema,
  /** Extra figures shown with the indicator (certificate holders by level, institutions counted, …). */
  details: z.record(z.string(), z.number()),
});
export const indicatorDashboardSchema = z
  .object({ asOf: isoDateTimeSchema, indicators: z.array(indicatorSchema) })
  .meta({ id: 'IndicatorDashboard' });
export type IndicatorDashboard = z.infer<typeof indicatorDashboardSchema>;

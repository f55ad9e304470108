/**
 * Reading a position's monthly salary range against the year's salary guidance (薪酬指导价),
 * published for social-work professional staff through the Shanghai Social Workers Association.
 */
export interface GuidanceBand {
  low: number;
  median: number;
  high: number;
}

export type GuidanceLevel = 'none' | 'assistant' | 'social_worker' | 'senior';

export interface SalaryGuidanceTable {
  year: number;
  byLevel: Record<GuidanceLevel, GuidanceBand>;
  byCategory: Record<string, GuidanceBand>;
  source: string;
}

export type SalaryBand = 'below_low' | 'low_to_median' | 'median_to_high' | 'above_high';

export interface SalaryComparison {
  level: GuidanceLevel;
  guidance: GuidanceBand;
  /** Where the middle of the range falls. */
  band: SalaryBand;
  /** Part of the range lies under the guidance low: flagged to the employer before publishing and shown to workers. */
  belowLow: boolean;
  /** The whole range lies under the guidance low. */
  entirelyBelowLow: boolean;
  /** The range's middle as a share of the guidance median (1 = at the median), two decimals. */
  ratioToMedian: number;
}

function bandOf(value: number, g: GuidanceBand): SalaryBand {
  if (value < g.low) return 'below_low';
  if (value < g.median) return 'low_to_median';
  if (value <= g.high) return 'median_to_high';
  return 'above_high';
}

/** Compares against the guidance row for the position's required certificate level. */
export function compareSalary(
  range: { salaryMin: number; salaryMax: number; minCertificate: GuidanceLevel },
  table: SalaryGuidanceTable,
): SalaryComparison {
  const guidance = table.byLevel[range.minCertificate];
  const middle = (range.salaryMin + range.salaryMax) / 2;
  return {
    level: range.minCertificate,
    guidance,
    band: bandOf(middle, guidance),
    belowLow: range.salaryMin < guidance.low,
    entirelyBelowLow: range.salaryMax < guidance.low,
    ratioToMedian: Math.round((middle / guidance.median) * 100) / 100,
  };
}

/** Guidance rows must rise within a row (low ≤ median ≤ high). Returns the offending rows. */
export function invalidGuidanceRows(table: Pick<SalaryGuidanceTable, 'byLevel' | 'byCategory'>): string[] {
  const rows = [
    ...Object.entries(table.byLevel).map(([k, v]) => [`byLevel.${k}`, v] as const),
    ...Object.entries(table.byCategory).map(([k, v]) => [`byCategory.${k}`, v] as const),
  ];
  return rows.filter(([, b]) => !(b.low <= b.median && b.median <= b.high)).map(([k]) => k);
}

import {
  type BreakdownDimension,
  certificateLevelCodes,
  districtCodes,
  educationLevelCodes,
  organisationTypeCodes,
  serviceDomainCodes,
  talentCategoryCodes,
} from '@shsw/shared';

export type Side = 'demand' | 'supply' | 'both';

/** No requirement (demand) or nothing held (supply). */
export const NONE = 'none';
/** A value missing from the facts or outside the vocabulary (e.g. a worker with no residence district). */
export const UNKNOWN = 'unknown';
export const TOTAL = 'total';

/** Street kinds in the vocabulary's order (街道, 镇, 乡, statistical-only units). */
export const streetKindCodes = ['street', 'town', 'township', 'other'] as const;

/** Age bands at the period's end: under 25, 25–34, 35–44, 45–54, 55 and over, then no birth year. */
export const ageBandCodes = ['under_25', '25_34', '35_44', '45_54', '55_plus', UNKNOWN] as const;

export function ageBand(birthYear: number | null, atYear: number): string {
  if (birthYear === null) return UNKNOWN;
  const age = atYear - birthYear;
  if (age < 25) return 'under_25';
  if (age < 35) return '25_34';
  if (age < 45) return '35_44';
  if (age < 55) return '45_54';
  return '55_plus';
}

export interface DimensionSpec {
  side: Side;
  /** Vocabulary order. */
  categories: readonly string[];
  /** Whether the dimension has a `none` row (shown even when 0). */
  hasNone: boolean;
}

export const dimensionSpecs: Record<BreakdownDimension, DimensionSpec> = {
  domain: { side: 'both', categories: serviceDomainCodes, hasNone: false },
  district: { side: 'both', categories: districtCodes, hasNone: false },
  streetKind: { side: 'both', categories: streetKindCodes, hasNone: false },
  certificateRequired: { side: 'demand', categories: certificateLevelCodes, hasNone: true },
  certificateHeld: { side: 'supply', categories: certificateLevelCodes, hasNone: true },
  education: { side: 'demand', categories: educationLevelCodes, hasNone: true },
  talentCategory: { side: 'both', categories: talentCategoryCodes, hasNone: false },
  orgType: { side: 'demand', categories: organisationTypeCodes, hasNone: false },
  ageBand: { side: 'supply', categories: ageBandCodes, hasNone: false },
};

const known = new Map<BreakdownDimension, ReadonlySet<string>>(
  Object.entries(dimensionSpecs).map(([dim, spec]) => [dim as BreakdownDimension, new Set(spec.categories)]),
);

/** The row a raw value belongs to: its vocabulary code, `none`, or `unknown`. */
export function categoryOf(dim: BreakdownDimension, raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return UNKNOWN;
  if (known.get(dim)?.has(raw)) return raw;
  if (raw === NONE && dimensionSpecs[dim].hasNone) return NONE;
  return UNKNOWN;
}

export function isKnown(dim: BreakdownDimension, raw: string | null | undefined): raw is string {
  return raw !== null && raw !== undefined && (known.get(dim)?.has(raw) ?? false);
}

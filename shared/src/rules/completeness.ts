/**
 * How complete a worker's talent record is. The plan asks the talent database to keep
 * service history, qualifications, continuing education and service capability current
 * (三(三)三); the score tells workers what to fill in next.
 */

/** Sections of the talent record, with their weights (they add up to 100). */
export const completenessWeights = {
  personal: 20,
  education: 15,
  certificates: 15,
  serviceHistory: 20,
  continuingEducation: 10,
  domainsSkills: 10,
  wishes: 10,
} as const;

export type CompletenessSection = keyof typeof completenessWeights;

/** Sections a worker may truthfully have nothing for: a graduate has no service history yet. */
export type DeclarableSection = 'certificates' | 'serviceHistory' | 'continuingEducation';

export interface CompletenessInput {
  personal: { name?: string | null; mobile?: string | null; districtCode?: string | null };
  education: readonly unknown[];
  certificates: readonly unknown[];
  serviceHistory: readonly unknown[];
  continuingEducation: readonly unknown[];
  serviceDomains: readonly string[];
  skills: readonly string[];
  wishes?: {
    serviceDomains?: readonly string[];
    districtCodes?: readonly string[];
    employmentTypes?: readonly string[];
  } | null;
  /** Sections the worker has marked "I have none"; they count as filled. */
  declaredNone?: readonly DeclarableSection[];
}

export interface Completeness {
  /** 0–100: the sum of the weights of the filled sections. */
  percent: number;
  /** Unfilled sections, heaviest first, so the UI can suggest the most useful next step. */
  missing: CompletenessSection[];
}

const filled = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';
const nonEmpty = (list: readonly unknown[] | undefined) => (list?.length ?? 0) > 0;

/**
 * Profile completeness from weighted sections. Personal needs name, mobile and district;
 * education one entry; certificates, service history and continuing education one entry or
 * an explicit "none"; domains/skills at least one service domain and one skill; wishes at
 * least one preferred domain, district or employment type. Ties in `missing` keep the
 * order of `completenessWeights`.
 */
export function profileCompleteness(profile: CompletenessInput): Completeness {
  const none = new Set(profile.declaredNone ?? []);
  const { personal, wishes } = profile;
  const done: Record<CompletenessSection, boolean> = {
    personal: filled(personal.name) && filled(personal.mobile) && filled(personal.districtCode),
    education: nonEmpty(profile.education),
    certificates: nonEmpty(profile.certificates) || none.has('certificates'),
    serviceHistory: nonEmpty(profile.serviceHistory) || none.has('serviceHistory'),
    continuingEducation: nonEmpty(profile.continuingEducation) || none.has('continuingEducation'),
    domainsSkills: nonEmpty(profile.serviceDomains) && nonEmpty(profile.skills),
    wishes: nonEmpty(wishes?.serviceDomains) || nonEmpty(wishes?.districtCodes) || nonEmpty(wishes?.employmentTypes),
  };
  const sections = Object.keys(completenessWeights) as CompletenessSection[];
  const percent = sections.reduce((sum, s) => (done[s] ? sum + completenessWeights[s] : sum), 0);
  const missing = sections.filter((s) => !done[s]).sort((a, b) => completenessWeights[b] - completenessWeights[a]);
  return { percent, missing };
}

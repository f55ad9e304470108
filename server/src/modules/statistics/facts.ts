/**
 * The compact facts statistics are computed from: what was true when, taken from status
 * histories and from the dated history of every attribute a report groups or counts by (never
 * from today's state). Times are epoch milliseconds; an interval's `to` is exclusive, null while
 * it lasts.
 *
 * Point in time: a fact's flat attribute fields hold the values recorded now; `past` holds the
 * values they had before, each version valid over [previous version's `to`, its own `to`) — the
 * first from the record's beginning. When a record changes, the projection closes the current
 * values at the change (the record's `updatedAt`) into a new last `past` entry instead of
 * overwriting them (`facts-history.ts`); a record that never changed has no `past`: one interval
 * since its creation. A period reads each attribute as it was at its reference instant, the
 * period's last instant (end − 1 ms), so nothing edited after a period ends changes its figures
 * (`compute/as-of.ts`).
 */
export interface Interval {
  from: number;
  to: number | null;
}

/** Values some attributes held until `to` (exclusive), since the previous version's `to`. */
export type Dated<T> = T & { to: number };

/** The position attributes a report groups or counts by, each dated. */
export const positionDatedKeys = [
  'primaryDomain',
  'secondaryDomain',
  'districtCode',
  'streetKind',
  'headcount',
  'minCertificate',
  'minEducation',
  'talentCategory',
  'salaryMin',
  'salaryMax',
] as const;
export type PositionDatedKey = (typeof positionDatedKeys)[number];
/** A position's dated attributes, with the guidance their required level had (joined at load time). */
export type PositionAttributes = Pick<PositionFact, PositionDatedKey | 'guidanceLow' | 'guidanceMedian'>;

/** The worker attributes a report groups or counts by, each dated (the age band from `birthYear`). */
export const workerDatedKeys = [
  'birthYear',
  'districtCode',
  'streetKind',
  'certificate',
  'educationLevel',
  'talentCategory',
  'domains',
] as const;
export type WorkerDatedKey = (typeof workerDatedKeys)[number];
export type WorkerAttributes = Pick<WorkerFact, WorkerDatedKey>;

export interface PositionFact {
  id: string;
  orgId: string;
  orgType: string;
  primaryDomain: string;
  secondaryDomain: string | null;
  districtCode: string;
  /** `street` (街道), `town` (镇), `township` (乡) or `other`. */
  streetKind: string;
  headcount: number;
  /** `none` or a certificate level code. */
  minCertificate: string;
  /** `none` or an education level code. */
  minEducation: string;
  talentCategory: string;
  salaryMin: number;
  salaryMax: number;
  /** When it was first published (first open), or null if never. */
  publishedAt: number | null;
  /** Every stretch during which the position was open. */
  openIntervals: Interval[];
  /** When each of its hires happened (one per headcount filled). */
  hiredAt: number[];
  /** The guidance low/median for its required level in the year of publication, if any. */
  guidanceLow: number | null;
  guidanceMedian: number | null;
  /** The dated attributes' earlier values, oldest first (absent: never changed). */
  past?: Dated<PositionAttributes>[];
}

export interface ApplicationFact {
  positionId: string;
  workerId: string;
  submittedAt: number;
  /** While it was active (submitted … accepted); `to` when it was hired, rejected, withdrawn or declined. */
  active: Interval;
  hiredAt: number | null;
}

export interface WorkerFact {
  id: string;
  birthYear: number | null;
  districtCode: string | null;
  streetKind: string | null;
  /**
   * Highest certificate level held (verified) and since when; null for none. Dated twice: `past`
   * says what the record held at an instant, `since` from when that certificate counts.
   */
  certificate: { level: string; since: number } | null;
  educationLevel: string | null;
  talentCategory: string | null;
  domains: string[];
  /** Stretches during which the worker was open to work. */
  openToWork: Interval[];
  /** Stretches during which the worker was employed (service history). */
  employed: Interval[];
  /** The dated attributes' earlier values, oldest first (absent: never changed). */
  past?: Dated<WorkerAttributes>[];
}

export interface StatisticsFacts {
  /** When the facts were read: the data vintage of a report. */
  asOf: number;
  positions: PositionFact[];
  applications: ApplicationFact[];
  workers: WorkerFact[];
}

/**
 * The compact facts statistics are computed from: what was true when, taken from status
 * histories (never from today's state). Times are epoch milliseconds; an interval's `to` is
 * exclusive, null while it lasts.
 */
export interface Interval {
  from: number;
  to: number | null;
}

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
  /** Highest certificate level held (verified) and since when; null for none. */
  certificate: { level: string; since: number } | null;
  educationLevel: string | null;
  talentCategory: string | null;
  domains: string[];
  /** Stretches during which the worker was open to work. */
  openToWork: Interval[];
  /** Stretches during which the worker was employed (service history). */
  employed: Interval[];
}

export interface StatisticsFacts {
  /** When the facts were read: the data vintage of a report. */
  asOf: number;
  positions: PositionFact[];
  applications: ApplicationFact[];
  workers: WorkerFact[];
}

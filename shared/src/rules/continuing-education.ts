/**
 * 继续教育 (continuing education) of registered social workers. The national measures set
 * hours per registration cycle; the bureau configures them, with the commonly cited 72 h per
 * 3 years (assistant, social worker) and 90 h (senior) as defaults (docs/domain.md).
 */
import type { CertificateLevelCode } from '../vocabulary/certificates.js';
import { certificateLevels } from '../vocabulary/certificates.js';
import type { DateInput } from './calendar.js';
import { addMonths, dayNumber, isoDay } from './calendar.js';
import type { CertificateCounting, CertificateLike } from './talent.js';
import { certificateCounts, highestCertificate } from './talent.js';

export interface CeRule {
  /** Length of one registration cycle, in years. */
  cycleYears: number;
  hoursPerCycle: Record<CertificateLevelCode, number>;
}

function defaultHours(): Record<CertificateLevelCode, number> {
  const hours = {} as Record<CertificateLevelCode, number>;
  for (const level of certificateLevels) hours[level.code] = level.defaultCeHoursPerCycle;
  return hours;
}

/** 3-year cycles; 72 h for assistant and social worker, 90 h for senior (from the vocabulary). */
export const defaultCeRule: Readonly<CeRule> = Object.freeze({ cycleYears: 3, hoursPerCycle: defaultHours() });

export interface CeRecordLike {
  /** Day the course or activity took place (or ended). */
  date: DateInput;
  hours: number;
}

export type CeStatusCode = 'met' | 'short' | 'no_certificate' | 'expired';

export interface CeStatus {
  status: CeStatusCode;
  /** Level whose registration sets the cycle; null with `no_certificate`. */
  level: CertificateLevelCode | null;
  required: number;
  completed: number;
  hoursShort: number;
  /** First and last day of the cycle (ISO dates); null with `no_certificate`. */
  cycleStart: string | null;
  cycleEnd: string | null;
  /** Short, and within six months of the cycle's end: time to remind the worker. */
  reminderDue: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Continuing-education standing on `asOf`. The cycle is the registration period of the
 * highest counted certificate that is registered: it ends on `registrationValidUntil` and
 * starts the day after the same date `cycleYears` earlier (valid until 2026-06-30 → cycle
 * 2023-07-01 … 2026-06-30), so consecutive cycles never share a day and no record counts
 * twice. Hours are those of records dated inside the cycle and not after `asOf`.
 * `expired` means the registration ended before `asOf`; the last cycle's figures are still
 * given. Certificates count under the same policy as `highestCertificate`.
 */
export function continuingEducationStatus(
  input: { certificates: readonly CertificateLike[]; records: readonly CeRecordLike[] },
  asOf: Date,
  rule: CeRule = defaultCeRule,
  options: CertificateCounting = {},
): CeStatus {
  const registered = input.certificates.filter(
    (c) =>
      certificateCounts(c, options) && c.registrationValidUntil && !Number.isNaN(dayNumber(c.registrationValidUntil)),
  );
  const certificate = highestCertificate(registered, options);
  if (!certificate?.registrationValidUntil) {
    return {
      status: 'no_certificate',
      level: null,
      required: 0,
      completed: 0,
      hoursShort: 0,
      cycleStart: null,
      cycleEnd: null,
      reminderDue: false,
    };
  }
  const today = dayNumber(asOf);
  const end = dayNumber(certificate.registrationValidUntil);
  const start = addMonths(end, -Math.round(rule.cycleYears * 12)) + 1;
  const counted = input.records.reduce((sum, r) => {
    const day = dayNumber(r.date);
    const usable = day >= start && day <= end && day <= today && Number.isFinite(r.hours) && r.hours > 0;
    return usable ? sum + r.hours : sum;
  }, 0);
  const required = rule.hoursPerCycle[certificate.level];
  const completed = round1(counted);
  const hoursShort = Math.max(0, round1(required - completed));
  const status: CeStatusCode = today > end ? 'expired' : hoursShort === 0 ? 'met' : 'short';
  return {
    status,
    level: certificate.level,
    required,
    completed,
    hoursShort,
    cycleStart: isoDay(start),
    cycleEnd: isoDay(end),
    reminderDue: status === 'short' && today >= addMonths(end, -6),
  };
}

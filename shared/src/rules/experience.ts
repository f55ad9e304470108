/**
 * Years of service experience — the plan asks the talent database to track each worker's
 * 服务履历 (service history) by field; positions ask for years in a service domain.
 */
import type { ServiceDomainCode } from '../vocabulary/service-domains.js';
import type { DateInput } from './calendar.js';
import { dayNumber } from './calendar.js';

export interface ServiceEntryLike<D extends string = ServiceDomainCode> {
  /** Domains served in this post; an entry with none counts towards the total only. */
  domains: readonly D[];
  /** First day in the post. */
  from: DateInput;
  /** Last day in the post (inclusive), or null while it is ongoing. */
  to: DateInput | null;
}

/** Mean Gregorian year, so leap days neither add nor lose time over a career. */
const daysPerYear = 365.25;

type Span = { start: number; endExclusive: number };

function spanOf(entry: { from: DateInput; to: DateInput | null }, today: number): Span | null {
  const start = dayNumber(entry.from);
  const last = Math.min(entry.to === null ? today : dayNumber(entry.to), today);
  if (Number.isNaN(start) || Number.isNaN(last) || last < start) return null;
  return { start, endExclusive: last + 1 };
}

/** Days covered by the union of the spans: overlapping or back-to-back spans merge. */
function coveredDays(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let total = 0;
  let current: Span | null = null;
  for (const s of sorted) {
    if (current && s.start <= current.endExclusive) {
      current.endExclusive = Math.max(current.endExclusive, s.endExclusive);
    } else {
      if (current) total += current.endExclusive - current.start;
      current = { ...s };
    }
  }
  return current ? total + current.endExclusive - current.start : total;
}

const toYears = (days: number) => Math.round((days / daysPerYear) * 10) / 10;

/**
 * Years of experience per service domain on `asOf`, to one decimal. Both ends of an entry
 * are counted (2020-01-01 … 2020-12-31 is a year); an ongoing entry runs to `asOf`; time
 * after `asOf` and entries that end before they start are ignored. Entries in the same
 * domain that overlap are merged, so two concurrent part-time posts do not count twice.
 * Domains with no experience are absent from the result.
 */
export function experienceYearsByDomain<D extends string>(
  entries: readonly ServiceEntryLike<D>[],
  asOf: Date,
): Partial<Record<D, number>> {
  const today = dayNumber(asOf);
  const byDomain = new Map<D, Span[]>();
  for (const entry of entries) {
    const span = spanOf(entry, today);
    if (!span) continue;
    for (const domain of new Set(entry.domains)) {
      const spans = byDomain.get(domain) ?? [];
      spans.push(span);
      byDomain.set(domain, spans);
    }
  }
  const result: Partial<Record<D, number>> = {};
  for (const [domain, spans] of byDomain) result[domain] = toYears(coveredDays(spans));
  return result;
}

/** Years of service in any domain on `asOf`, with overlaps merged the same way, to one decimal. */
export function totalExperienceYears(
  entries: readonly { from: DateInput; to: DateInput | null }[],
  asOf: Date,
): number {
  const today = dayNumber(asOf);
  return toYears(coveredDays(entries.flatMap((e) => spanOf(e, today) ?? [])));
}

import type { BreakdownDimension } from '@shsw/shared';
import type {
  Interval,
  PositionAttributes,
  PositionFact,
  StatisticsFacts,
  WorkerAttributes,
  WorkerFact,
} from '../facts.js';
import { valuesAt } from './as-of.js';
import { ageBand, categoryOf, dimensionSpecs, isKnown, UNKNOWN } from './categories.js';
import type { PeriodBounds } from './period.js';

/**
 * The raw (unrounded, undisclosed) measures of one period, computed from the facts alone.
 * Everything here looks only at what happened before the period's end, so events after the
 * end cannot change a period's figures.
 *
 * Reference instant: every attribute a period groups or counts by — a position's headcount,
 * domains, district and street kind, required certificate and education, talent category and
 * salary; a worker's district and street kind, domains, education, certificate and birth year
 * (the age band) — is read as it was recorded at the period's last instant, end − 1 ms (the
 * last day's 23:59:59.999 in Shanghai), the same instant the openings at the end are counted
 * at. A position open in the period counts with the headcount, domain, … it had then; an edit
 * made after the period ended is not seen. Statuses and open stretches were dated already.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the interval has at least one instant in [start, end). Empty intervals never overlap. */
export function overlaps(iv: Interval, start: number, end: number): boolean {
  const to = iv.to ?? Number.POSITIVE_INFINITY;
  return iv.from < end && to > start && to > iv.from;
}

/** True when the instant `t` lies in the interval. */
export function covers(iv: Interval, t: number): boolean {
  return iv.from <= t && t < (iv.to ?? Number.POSITIVE_INFINITY);
}

/** Facts indexed once for any number of periods. */
export interface PreparedFacts {
  asOf: number;
  positions: readonly PositionFact[];
  /** The workers, then a bare entry for each worker id seen only on applications. */
  workers: readonly WorkerFact[];
  /** Per application, by position in `facts.applications`: the worker's index in `workers`. */
  appWorker: Int32Array;
  appActiveFrom: Float64Array;
  /** +Infinity while active. */
  appActiveTo: Float64Array;
  appSubmitted: Float64Array;
  /** Per worker: when their seeking first began (first open-to-work stretch or application), +Infinity if never. */
  firstSeek: Float64Array;
}

function bareWorker(id: string): WorkerFact {
  return {
    id,
    birthYear: null,
    districtCode: null,
    streetKind: null,
    certificate: null,
    educationLevel: null,
    talentCategory: null,
    domains: [],
    openToWork: [],
    employed: [],
  };
}

export function prepareFacts(facts: StatisticsFacts): PreparedFacts {
  const steps = prepareSteps(facts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `prepareFacts`, letting other work run every so many facts (a second or two at the 2025 scale). */
export async function prepareFactsYielding(facts: StatisticsFacts): Promise<PreparedFacts> {
  const steps = prepareSteps(facts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Facts indexed between two chances for other work to run. */
const STEP = 100_000;

function* prepareSteps(facts: StatisticsFacts): Generator<void, PreparedFacts> {
  const workers: WorkerFact[] = facts.workers.slice();
  const indexById = new Map<string, number>();
  workers.forEach((w, i) => {
    if (!indexById.has(w.id)) indexById.set(w.id, i);
  });
  yield;
  const n = facts.applications.length;
  const appWorker = new Int32Array(n);
  const appActiveFrom = new Float64Array(n);
  const appActiveTo = new Float64Array(n);
  const appSubmitted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (i % STEP === STEP - 1) yield;
    const a = facts.applications[i] as (typeof facts.applications)[number];
    let w = indexById.get(a.workerId);
    if (w === undefined) {
      w = workers.length;
      workers.push(bareWorker(a.workerId));
      indexById.set(a.workerId, w);
    }
    appWorker[i] = w;
    appActiveFrom[i] = a.active.from;
    appActiveTo[i] = a.active.to ?? Number.POSITIVE_INFINITY;
    appSubmitted[i] = a.submittedAt;
  }
  yield;

  const firstSeek = new Float64Array(workers.length).fill(Number.POSITIVE_INFINITY);
  workers.forEach((w, i) => {
    let first = Number.POSITIVE_INFINITY;
    for (const iv of w.openToWork) if ((iv.to === null || iv.to > iv.from) && iv.from < first) first = iv.from;
    firstSeek[i] = first;
  });
  for (let i = 0; i < n; i++) {
    const w = appWorker[i] as number;
    const from = appActiveFrom[i] as number;
    if ((appActiveTo[i] as number) > from && from < (firstSeek[w] as number)) firstSeek[w] = from;
  }
  return {
    asOf: facts.asOf,
    positions: facts.positions,
    workers,
    appWorker,
    appActiveFrom,
    appActiveTo,
    appSubmitted,
    firstSeek,
  };
}

export interface SideCounts {
  /** Headcount by category. */
  demand: Map<string, number>;
  /** Distinct workers by category. */
  supply: Map<string, number>;
}

export interface ShortageCount {
  domain: string;
  district: string;
  demand: number;
  supply: number;
}

export interface RawPeriod {
  demand: number;
  supply: number;
  newPostings: number;
  newSeekers: number;
  openingsAtEnd: number;
  applications: number;
  hires: number;
  employed: number;
  /** Days from publication to hire, one per hire in the period. */
  daysToHire: number[];
  /** Salary-range midpoints of the positions open in the period. */
  salaryMidpoints: number[];
  /** Open positions with a guidance low, and how many of them offer a minimum below it. */
  withGuidanceLow: number;
  belowGuidanceLow: number;
  /** midpoint / guidance median of the open positions with a guidance median. */
  midpointToGuidance: number[];
  breakdown: Record<BreakdownDimension, SideCounts>;
  /** Keyed `domain|district`. */
  shortage: Map<string, ShortageCount>;
}

const add = (m: Map<string, number>, key: string, by: number) => m.set(key, (m.get(key) ?? 0) + by);

function emptyBreakdown(): Record<BreakdownDimension, SideCounts> {
  const out = {} as Record<BreakdownDimension, SideCounts>;
  for (const dim of Object.keys(dimensionSpecs) as BreakdownDimension[])
    out[dim] = { demand: new Map(), supply: new Map() };
  return out;
}

function shortageCell(map: Map<string, ShortageCount>, domain: string, district: string): ShortageCount {
  const key = `${domain}|${district}`;
  let c = map.get(key);
  if (!c) {
    c = { domain, district, demand: 0, supply: 0 };
    map.set(key, c);
  }
  return c;
}

/** The raw measures of the period [start, end); `year` is the calendar year of its last day (for ages). */
export function measurePeriod(facts: PreparedFacts, { start, end }: PeriodBounds, year: number): RawPeriod {
  const last = end - 1;
  const raw: RawPeriod = {
    demand: 0,
    supply: 0,
    newPostings: 0,
    newSeekers: 0,
    openingsAtEnd: 0,
    applications: 0,
    hires: 0,
    employed: 0,
    daysToHire: [],
    salaryMidpoints: [],
    withGuidanceLow: 0,
    belowGuidanceLow: 0,
    midpointToGuidance: [],
    breakdown: emptyBreakdown(),
    shortage: new Map(),
  };
  const b = raw.breakdown;

  // Demand side: one pass over the positions.
  for (const p of facts.positions) {
    if (p.publishedAt !== null && p.publishedAt >= start && p.publishedAt < end) raw.newPostings++;
    let hiredBeforeEnd = 0;
    for (const h of p.hiredAt) {
      if (h >= end) continue;
      hiredBeforeEnd++;
      if (h < start) continue;
      raw.hires++;
      if (p.publishedAt !== null && p.publishedAt <= h) raw.daysToHire.push((h - p.publishedAt) / DAY_MS);
    }
    let open = false;
    let openAtEnd = false;
    for (const iv of p.openIntervals) {
      if (overlaps(iv, start, end)) open = true;
      if (covers(iv, last)) openAtEnd = true;
    }
    if (!open && !openAtEnd) continue;
    // The position as it was at the reference instant.
    const v = valuesAt<PositionAttributes>(p, p.past, last);
    if (openAtEnd) raw.openingsAtEnd += Math.max(0, v.headcount - hiredBeforeEnd);
    if (!open) continue;

    const hc = v.headcount;
    raw.demand += hc;
    add(b.domain.demand, categoryOf('domain', v.primaryDomain), hc);
    add(b.district.demand, categoryOf('district', v.districtCode), hc);
    add(b.streetKind.demand, categoryOf('streetKind', v.streetKind), hc);
    add(b.certificateRequired.demand, categoryOf('certificateRequired', v.minCertificate), hc);
    add(b.education.demand, categoryOf('education', v.minEducation), hc);
    add(b.talentCategory.demand, categoryOf('talentCategory', v.talentCategory), hc);
    add(b.orgType.demand, categoryOf('orgType', p.orgType), hc);
    if (isKnown('domain', v.primaryDomain) && isKnown('district', v.districtCode)) {
      shortageCell(raw.shortage, v.primaryDomain, v.districtCode).demand += hc;
    }

    raw.salaryMidpoints.push((v.salaryMin + v.salaryMax) / 2);
    if (v.guidanceLow !== null) {
      raw.withGuidanceLow++;
      if (v.salaryMin < v.guidanceLow) raw.belowGuidanceLow++;
    }
    if (v.guidanceMedian !== null && v.guidanceMedian > 0) {
      raw.midpointToGuidance.push((v.salaryMin + v.salaryMax) / 2 / v.guidanceMedian);
    }
  }

  // Applications: one pass over the indexed arrays marks the workers with an active application.
  const seeking = new Uint8Array(facts.workers.length);
  const n = facts.appWorker.length;
  for (let i = 0; i < n; i++) {
    const submitted = facts.appSubmitted[i] as number;
    if (submitted >= start && submitted < end) raw.applications++;
    const from = facts.appActiveFrom[i] as number;
    const to = facts.appActiveTo[i] as number;
    if (from < end && to > start && to > from) seeking[facts.appWorker[i] as number] = 1;
  }

  // Supply side: one pass over the workers.
  facts.workers.forEach((w, i) => {
    for (const iv of w.employed) {
      if (covers(iv, last)) {
        raw.employed++;
        break;
      }
    }
    if (seeking[i] === 0) {
      for (const iv of w.openToWork) {
        if (overlaps(iv, start, end)) {
          seeking[i] = 1;
          break;
        }
      }
    }
    if (seeking[i] === 0) return;

    raw.supply++;
    const first = facts.firstSeek[i] as number;
    if (first >= start && first < end) raw.newSeekers++;

    // The worker as recorded at the reference instant.
    const v = valuesAt<WorkerAttributes>(w, w.past, last);
    let anyDomain = false;
    for (let k = 0; k < v.domains.length; k++) {
      const d = v.domains[k] as string;
      if (!isKnown('domain', d) || v.domains.indexOf(d) !== k) continue; // once per domain
      anyDomain = true;
      add(b.domain.supply, d, 1);
      if (isKnown('district', v.districtCode)) shortageCell(raw.shortage, d, v.districtCode).supply++;
    }
    if (!anyDomain) add(b.domain.supply, UNKNOWN, 1);
    add(b.district.supply, categoryOf('district', v.districtCode), 1);
    add(b.streetKind.supply, categoryOf('streetKind', v.streetKind), 1);
    const held = v.certificate !== null && v.certificate.since < end ? v.certificate.level : 'none';
    add(b.certificateHeld.supply, categoryOf('certificateHeld', held), 1);
    add(b.talentCategory.supply, categoryOf('talentCategory', v.talentCategory), 1);
    add(b.ageBand.supply, ageBand(v.birthYear, year), 1);
  });

  return raw;
}

import {
  type ApplicationStatus,
  activeApplicationStatuses,
  certificateRank,
  educationRank,
  findStreet,
  type SalaryGuidanceTable,
} from '@shsw/shared';
import type { ApplicationDoc } from '../applications/application.model.js';
import type { PositionDoc } from '../positions/index.js';
import type { ProfileDoc } from '../profiles/index.js';
import type { ApplicationFact, Dated, Interval, PositionDatedKey, PositionFact, WorkerFact } from './facts.js';

/*
 * From stored records to the compact facts statistics read. Pure: the facts projection, its
 * rebuild from the records and the demo seed all go through these, so they cannot disagree.
 */

/** A position as the projection keeps it: organisation type, hires and guidance join at load time. */
export type StoredPositionFact = Omit<
  PositionFact,
  'orgType' | 'hiredAt' | 'guidanceLow' | 'guidanceMedian' | 'past'
> & {
  past?: Dated<Pick<PositionFact, PositionDatedKey>>[];
};

export interface StoredApplicationFact extends ApplicationFact {
  id: string;
}

/** A worker's facts plus what the plan's indicators count today. */
export interface StoredWorkerFact extends WorkerFact {
  /** 社会工作人才 (glossary 1) and 持证社会工作者 (glossary 4), as the record computes them now. */
  talent: boolean;
  certified: boolean;
  communityWorker: boolean;
  /**
   * When the worker deleted their account (an anonymous fact kept for the statistics): past
   * periods still count them, today's indicators do not.
   */
  leftAt?: number;
}

/** 00:00 of a calendar day in Shanghai, as epoch ms. */
export function shanghaiDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

const ms = (d: Date | string | null | undefined): number | null => (d == null ? null : new Date(d).getTime());

export function streetKindOf(streetCode: string | null | undefined): string | null {
  if (!streetCode) return null;
  return findStreet(streetCode)?.kind ?? 'other';
}

/** Stretches during which a status history says "in one of `statuses`". */
function intervalsIn<S extends string>(
  history: readonly { status: S; at: Date | string }[],
  inside: (s: S) => boolean,
): Interval[] {
  const out: Interval[] = [];
  let from: number | null = null;
  for (const h of [...history].sort((a, b) => +new Date(a.at) - +new Date(b.at))) {
    const at = new Date(h.at).getTime();
    if (inside(h.status)) {
      if (from === null) from = at;
    } else if (from !== null) {
      out.push({ from, to: at });
      from = null;
    }
  }
  if (from !== null) out.push({ from, to: null });
  return out;
}

/*
 * The fields each fact reads (the rebuild reads only these, and `updatedAt`, which dates a
 * change: see facts-history.ts). The functions take exactly these fields, so the compiler
 * refuses a fact that reads one the list lacks.
 */
export const positionFactFields = [
  'orgId',
  'primaryDomain',
  'secondaryDomain',
  'districtCode',
  'streetCode',
  'headcount',
  'minCertificate',
  'minEducation',
  'talentCategory',
  'salaryMin',
  'salaryMax',
  'publishedAt',
  'statusHistory',
] as const;
export const applicationFactFields = ['positionId', 'profileId', 'history', 'createdAt'] as const;
export const workerFactFields = [
  'personal',
  'certificates',
  'education',
  'serviceHistory',
  'talentCategory',
  'serviceDomains',
  'openToWorkHistory',
  'computed',
  'communityWorker',
] as const;

export function positionFact(p: Pick<PositionDoc, '_id' | (typeof positionFactFields)[number]>): StoredPositionFact {
  const openIntervals = intervalsIn(p.statusHistory, (s) => s === 'open');
  return {
    id: String(p._id),
    orgId: String(p.orgId),
    primaryDomain: p.primaryDomain,
    secondaryDomain: p.secondaryDomain ?? null,
    districtCode: p.districtCode,
    streetKind: streetKindOf(p.streetCode) ?? 'other',
    headcount: p.headcount,
    minCertificate: p.minCertificate,
    minEducation: p.minEducation,
    talentCategory: p.talentCategory,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    publishedAt: openIntervals[0]?.from ?? ms(p.publishedAt),
    openIntervals,
  };
}

const active = new Set<string>(activeApplicationStatuses);

export function applicationFact(
  a: Pick<ApplicationDoc, '_id' | (typeof applicationFactFields)[number]>,
): StoredApplicationFact {
  const history = [...a.history].sort((x, y) => +new Date(x.at) - +new Date(y.at));
  const submittedAt = ms(history[0]?.at) ?? (ms(a.createdAt) as number);
  // Active from submission until the first step out of the active statuses (hired, rejected, withdrawn, declined).
  const left = history.find((h) => !active.has(h.status as ApplicationStatus));
  const hired = history.find((h) => h.status === 'hired');
  return {
    id: String(a._id),
    positionId: String(a.positionId),
    workerId: String(a.profileId),
    submittedAt,
    active: { from: submittedAt, to: left ? (ms(left.at) as number) : null },
    hiredAt: hired ? ms(hired.at) : null,
  };
}

export function workerFact(p: Pick<ProfileDoc, '_id' | (typeof workerFactFields)[number]>): StoredWorkerFact {
  const certified = p.certificates.filter((c) => c.status === 'verified');
  let best: (typeof certified)[number] | null = null;
  for (const c of certified)
    if (!best || certificateRank(c.level as never) > certificateRank(best.level as never)) best = c;
  const education = p.education
    .filter((e) => !e.inProgress)
    .sort((a, b) => educationRank(b.level as never) - educationRank(a.level as never))[0];
  const employed: Interval[] = p.serviceHistory
    .filter((s) => s.from)
    .map((s) => ({
      from: shanghaiDayStart(s.from),
      // `to` is the last day worked: employment ends at the start of the next day.
      to: s.to ? shanghaiDayStart(s.to) + 86_400_000 : null,
    }));
  return {
    id: String(p._id),
    birthYear: p.personal.birthYear ?? null,
    districtCode: p.personal.districtCode ?? null,
    streetKind: streetKindOf(p.personal.streetCode),
    certificate: best
      ? // Held since the start of the year it was obtained; verification confirms it, it does not date it.
        { level: best.level, since: shanghaiDayStart(`${best.yearObtained}-01-01`) }
      : null,
    educationLevel: education?.level ?? null,
    talentCategory: p.talentCategory ?? null,
    domains: [...new Set(p.serviceDomains)],
    openToWork: intervalsIn(
      (p.openToWorkHistory ?? []).map((h) => ({ status: h.value ? 'open' : 'closed', at: h.at })),
      (s) => s === 'open',
    ),
    employed,
    talent: p.computed?.isTalent ?? false,
    certified: p.computed?.isCertified ?? false,
    communityWorker: p.communityWorker,
  };
}

/** The guidance in force in a year: that year's, or the latest before it. */
export function guidanceInForce<T extends Pick<SalaryGuidanceTable, 'year'>>(
  tables: readonly T[],
  year: number,
): T | null {
  let best: T | null = null;
  for (const t of tables) if (t.year <= year && (!best || t.year > best.year)) best = t;
  return best;
}

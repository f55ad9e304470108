import { type ReportFigures, reportFiguresSchema } from '@shsw/shared';
import type { ApplicationFact, PositionFact, StatisticsFacts, WorkerFact } from '../facts.js';
import { type ComputeOptions, computeReport } from './report.js';

/** Builders for small hand-worked datasets (tests only). */

/** A Shanghai wall-clock time as epoch ms: `sh('2026-10-05')` is 00:00 +08:00, `sh('2026-10-05T12:30')`. */
export function sh(local: string): number {
  const full = local.length === 10 ? `${local}T00:00:00` : local.length === 16 ? `${local}:00` : local;
  const t = Date.parse(`${full}+08:00`);
  if (Number.isNaN(t)) throw new Error(`bad Shanghai time ${local}`);
  return t;
}

let seq = 0;

export function position(p: Partial<PositionFact> = {}): PositionFact {
  seq++;
  return {
    id: `p${seq}`,
    orgId: 'o1',
    orgType: 'social_work_agency',
    primaryDomain: 'elderly_care',
    secondaryDomain: null,
    districtCode: '310101',
    streetKind: 'street',
    headcount: 1,
    minCertificate: 'none',
    minEducation: 'none',
    talentCategory: 'practice',
    salaryMin: 6000,
    salaryMax: 8000,
    publishedAt: null,
    openIntervals: [],
    hiredAt: [],
    guidanceLow: null,
    guidanceMedian: null,
    ...p,
  };
}

export function worker(w: Partial<WorkerFact> = {}): WorkerFact {
  seq++;
  return {
    id: `w${seq}`,
    birthYear: null,
    districtCode: null,
    streetKind: null,
    certificate: null,
    educationLevel: null,
    talentCategory: null,
    domains: [],
    openToWork: [],
    employed: [],
    ...w,
  };
}

export function application(
  a: Partial<ApplicationFact> & Pick<ApplicationFact, 'workerId' | 'submittedAt'>,
): ApplicationFact {
  return { positionId: 'p0', active: { from: a.submittedAt, to: null }, hiredAt: null, ...a };
}

/** `n` workers open to work from `from` onwards, sharing the given attributes. */
export function seekers(n: number, from: number, w: Partial<WorkerFact> = {}): WorkerFact[] {
  return Array.from({ length: n }, () => worker({ openToWork: [{ from, to: null }], ...w }));
}

export function facts(f: Partial<StatisticsFacts>): StatisticsFacts {
  return { asOf: sh('2026-11-01'), positions: [], applications: [], workers: [], ...f };
}

/** Small datasets: no cell suppressed, every ratio shown. */
export const noDisclosure: ComputeOptions = { minCell: 1, minSupplyForRatio: 1 };

/** Computes and checks the output against the published contract. */
export function report(f: StatisticsFacts, periodId: string, options?: ComputeOptions): ReportFigures {
  return reportFiguresSchema.parse(computeReport(f, periodId, options));
}

export function tableOf(r: ReportFigures, dimension: ReportFigures['tables'][number]['dimension']) {
  const t = r.tables.find((x) => x.dimension === dimension);
  if (!t) throw new Error(`no ${dimension} table`);
  return t;
}

/** A table's rows as `category → [demand, supply]` values (null for suppressed / not applicable). */
export function rowValues(r: ReportFigures, dimension: ReportFigures['tables'][number]['dimension']) {
  const t = tableOf(r, dimension);
  return [...t.rows, t.total].map((row) => [row.category, row.demand.value, row.supply.value] as const);
}

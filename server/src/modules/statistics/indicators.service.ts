import { countedStreets, type DenominatorCode, type IndicatorDashboard, planIndicators } from '@shsw/shared';
import mongoose from 'mongoose';
import type { Viewer } from '../../platform/http/viewer.js';
import { recordAudit } from '../audit/index.js';
import type { LoadedFacts } from './facts.service.js';
import type { IndicatorAggregate } from './indicator-aggregate.js';

/** A denominator the bureau entered; every entry is kept, the latest counts. */
interface DenominatorDoc {
  _id: mongoose.Types.ObjectId;
  code: DenominatorCode;
  value: number;
  source: string;
  asOf: string;
  enteredAt: Date;
  enteredBy: mongoose.Types.ObjectId;
}
const denominatorSchema = new mongoose.Schema(
  {
    code: { type: String, required: true },
    value: { type: Number, required: true },
    source: { type: String, required: true },
    asOf: { type: String, required: true },
    enteredAt: { type: Date, required: true },
    enteredBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
  },
  { versionKey: false, collection: 'indicator_denominators' },
);
export const DenominatorModel = mongoose.model('IndicatorDenominator', denominatorSchema);

export interface Denominator {
  code: DenominatorCode;
  value: number;
  source: string;
  asOf: string;
  enteredAt: string;
}

const present = (d: DenominatorDoc): Denominator => ({
  code: d.code,
  value: d.value,
  source: d.source,
  asOf: d.asOf,
  enteredAt: d.enteredAt.toISOString(),
});

/** The 215 streets and towns (statistical-only units are not among them). */
const streetsAndTowns = new Set(countedStreets.map((s) => s.code));

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** What the platform counts for the indicators, from the loaded facts. */
export function indicatorCounts(facts: Pick<LoadedFacts, 'workers' | 'organisations'>) {
  const c = {
    talent: 0,
    certified: 0,
    holders: 0,
    holdersByLevel: { assistant: 0, social_worker: 0, senior: 0 } as Record<string, number>,
    communityWorkers: 0,
    communityWorkersHolding: 0,
    certifiedChildWelfare: 0,
    youthAffairsTalent: 0,
    migrationTalent: 0,
    agencies: 0,
    agencyStaff: 0,
    stationStreets: 0,
    institutions: 0,
    institutionCertifiedStaff: 0,
    complexes: 0,
    complexCertifiedStaff: 0,
  };
  for (const w of facts.workers) {
    // Someone who deleted their account is no longer in the talent database.
    if (w.leftAt !== undefined) continue;
    if (w.talent) c.talent++;
    if (w.certified) c.certified++;
    if (w.certificate) {
      c.holders++;
      c.holdersByLevel[w.certificate.level] = (c.holdersByLevel[w.certificate.level] ?? 0) + 1;
    }
    if (w.communityWorker) {
      c.communityWorkers++;
      if (w.certificate) c.communityWorkersHolding++;
    }
    if (w.certified && w.domains.includes('child_welfare')) c.certifiedChildWelfare++;
    if (w.talent && w.domains.includes('youth_affairs')) c.youthAffairsTalent++;
    if (w.talent && w.domains.includes('migration')) c.migrationTalent++;
  }
  const stationStreets = new Set<string>();
  for (const o of facts.organisations) {
    if (o.status !== 'verified') continue;
    if (o.agencyQualified) {
      c.agencies++;
      c.agencyStaff += o.staff.fullTime;
    }
    if (o.type === 'street_station' && streetsAndTowns.has(o.streetCode)) stationStreets.add(o.streetCode);
    if (o.type === 'elderly_care_institution') {
      c.institutions++;
      c.institutionCertifiedStaff += o.staff.certified;
    }
    if (o.type === 'elderly_service_complex') {
      c.complexes++;
      c.complexCertifiedStaff += o.staff.certified;
    }
  }
  c.stationStreets = stationStreets.size;
  return c;
}

export class IndicatorsService {
  /** The dashboard reads the maintained counts (indicator-aggregate.ts), never the facts. */
  constructor(readonly aggregate: IndicatorAggregate) {}

  async denominators(): Promise<Denominator[]> {
    const rows = await DenominatorModel.find().sort({ enteredAt: -1 }).lean<DenominatorDoc[]>();
    return rows.map(present);
  }

  private async latestDenominators(): Promise<Map<DenominatorCode, Denominator>> {
    const latest = new Map<DenominatorCode, Denominator>();
    for (const d of await this.denominators()) if (!latest.has(d.code)) latest.set(d.code, d);
    return latest;
  }

  async setDenominator(
    viewer: Viewer,
    code: DenominatorCode,
    body: { value: number; source: string; asOf: string },
  ): Promise<Denominator> {
    const doc = await DenominatorModel.create({
      code,
      ...body,
      enteredAt: new Date(),
      enteredBy: new mongoose.Types.ObjectId(viewer.userId),
    });
    await recordAudit({
      action: 'denominator_entered',
      actor: viewer,
      target: { type: 'indicator_denominator', id: code },
      details: { value: body.value, source: body.source, asOf: body.asOf },
    });
    return present(doc.toObject() as DenominatorDoc);
  }

  async dashboard(): Promise<IndicatorDashboard> {
    const [{ counts: c, asOf: updatedAt }, denominators] = await Promise.all([
      this.aggregate.current(),
      this.latestDenominators(),
    ]);
    const asOf = updatedAt.toISOString();
    const perInstitution = c.institutions === 0 ? null : c.institutionCertifiedStaff / c.institutions;
    const perComplex = c.complexes === 0 ? null : c.complexCertifiedStaff / c.complexes;

    const computed: Record<
      (typeof planIndicators)[number]['code'],
      { numerator: number | null; value: (den: number | null) => number | null; details: Record<string, number> }
    > = {
      talent_total: {
        numerator: c.talent,
        value: () => round(c.talent / 10_000, 4),
        details: { people: c.talent, agencies: c.agencies, agencyStaff: c.agencyStaff },
      },
      certified_total: {
        numerator: c.certified,
        value: () => round(c.certified / 10_000, 4),
        details: {
          people: c.certified,
          holders: c.holders,
          holdersAssistant: c.holdersByLevel.assistant ?? 0,
          holdersSocialWorker: c.holdersByLevel.social_worker ?? 0,
          holdersSenior: c.holdersByLevel.senior ?? 0,
        },
      },
      community_worker_certification_rate: {
        numerator: c.communityWorkersHolding,
        value: (den) => (den ? round((c.communityWorkersHolding / den) * 100, 1) : null),
        details: { holding: c.communityWorkersHolding, inRecords: c.communityWorkers },
      },
      station_coverage: {
        numerator: c.stationStreets,
        value: () => round((c.stationStreets / streetsAndTowns.size) * 100, 1),
        details: { covered: c.stationStreets, streetsAndTowns: streetsAndTowns.size },
      },
      workers_per_elderly_facility: {
        numerator: null,
        value: () =>
          perInstitution === null && perComplex === null
            ? null
            : round(Math.min(perInstitution ?? Number.POSITIVE_INFINITY, perComplex ?? Number.POSITIVE_INFINITY), 2),
        details: {
          institutions: c.institutions,
          institutionCertifiedStaff: c.institutionCertifiedStaff,
          complexes: c.complexes,
          complexCertifiedStaff: c.complexCertifiedStaff,
          ...(perInstitution === null ? {} : { perInstitution: round(perInstitution, 2) }),
          ...(perComplex === null ? {} : { perComplex: round(perComplex, 2) }),
        },
      },
      certified_child_welfare: {
        numerator: c.certifiedChildWelfare,
        value: () => c.certifiedChildWelfare,
        details: { people: c.certifiedChildWelfare },
      },
      youth_workers_per_100k_youth: {
        numerator: c.youthAffairsTalent,
        value: (den) => (den ? round((c.youthAffairsTalent / den) * 100_000, 1) : null),
        details: { people: c.youthAffairsTalent },
      },
      talent_per_1000_foreign_residents: {
        numerator: c.migrationTalent,
        value: (den) => (den ? round((c.migrationTalent / den) * 1_000, 2) : null),
        details: { people: c.migrationTalent },
      },
    };

    return {
      asOf,
      indicators: planIndicators.map((ind) => {
        const den = ind.denominator ? (denominators.get(ind.denominator) ?? null) : null;
        const k = computed[ind.code];
        const value = k.value(den?.value ?? null);
        return {
          code: ind.code,
          no: ind.no,
          value,
          baseline2020: ind.baseline2020,
          target2025: ind.target2025,
          progress: progressOf(value, ind.baseline2020, ind.target2025),
          numerator: k.numerator,
          denominator: den ? { value: den.value, source: den.source, asOf: den.asOf } : null,
          source: ind.denominator ? 'platform_and_bureau' : 'platform',
          asOf,
          details: k.details,
        };
      }),
    };
  }
}

/** Share of the way from the baseline (or zero) to the target, percent, within 0–100. */
export function progressOf(value: number | null, baseline: number | null, target: number): number | null {
  if (value === null) return null;
  const from = baseline ?? 0;
  if (target === from) return value >= target ? 100 : 0;
  return round(Math.max(0, Math.min(100, ((value - from) / (target - from)) * 100)), 1);
}

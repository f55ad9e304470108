import { DEFAULT_DEADLINE_DAYS, deadlineEnd, employmentTypes, findDistrict, serviceDomains } from '@shsw/shared';
import mongoose from 'mongoose';
import { positionTitle } from './names.demo.js';
import { skillsPool } from './people.js';
import type { Random } from './random.js';
import { domainWeights, type PlatformHire, type WorkerIdentity } from './workers.demo.js';

export interface DemoEmployer {
  _id: mongoose.Types.ObjectId;
  ownerId: mongoose.Types.ObjectId;
  name: string;
  type: string;
  districtCode: string;
  streetCode: string;
  /** The service domains its positions come from (absent or null: any, as the plan's demand). */
  domains?: readonly string[] | null;
}

export type DemoApplicant = WorkerIdentity;

const DAY = 86_400_000;
const band = (low: number, median: number, high: number) => ({ low, median, high });

/**
 * Illustrative salary guidance (yuan/month) for the demo: shaped like the association's
 * table, rising a little each year. Not official figures; the source line says so.
 */
export function demoGuidance(year: number) {
  const k = 1 + (year - 2024) * 0.04;
  const r = (n: number) => Math.round((n * k) / 100) * 100;
  return {
    _id: year,
    byLevel: {
      none: band(r(6000), r(7000), r(8500)),
      assistant: band(r(7000), r(8200), r(9800)),
      social_worker: band(r(8200), r(9600), r(11800)),
      senior: band(r(11000), r(13500), r(17500)),
    },
    byCategory: {
      practice: band(r(6800), r(8200), r(10200)),
      supervision: band(r(9000), r(11000), r(14000)),
      management: band(r(10000), r(12500), r(16500)),
      education_research: band(r(9000), r(11500), r(15000)),
    },
    source: `示例数据（演示用，非官方）：仿上海市社会工作者协会 ${year} 年社会工作专业人才薪酬指导价`,
    updatedAt: new Date(Date.UTC(year, 2, 1)),
    updatedBy: null,
  };
}

const levelSalary: Record<string, [number, number]> = {
  none: [6000, 8500],
  assistant: [7000, 10000],
  social_worker: [8500, 12500],
  senior: [12000, 18000],
};

export interface DemoHiring {
  positions: Record<string, unknown>[];
  applications: Record<string, unknown>[];
  /** Platform hires by worker (index among the applicants), for their service history. */
  hires: Map<number, PlatformHire[]>;
}

/**
 * Positions over the past 24 months moving through their lifecycles, and applications moving
 * through the pipeline, at plausible rates. Elderly care and community building carry the most
 * demand (the plan's priorities; every street/town station hires for its own street).
 */
export function demoHiring(
  rng: Random,
  employers: readonly DemoEmployer[],
  applicants: readonly DemoApplicant[],
  opts: {
    positions: number;
    now: Date;
    maxApplicants: number;
    /** The documented demo organisation: its first positions are recent and open, with applicants. */
    featured?: DemoEmployer;
    featuredCount?: number;
    /** An organisation that closes later: none of the showcase positions is its. */
    avoid?: mongoose.Types.ObjectId;
  },
): DemoHiring {
  const out: DemoHiring = { positions: [], applications: [], hires: new Map() };
  const start = opts.now.getTime() - 730 * DAY;
  const seekerIndexes = applicants.flatMap((a, i) => (a.openToWork ? [i] : []));
  // poolIndex maps a pool position back to the worker's index among all applicants.
  const poolIndex = seekerIndexes.length > 50 ? seekerIndexes : applicants.map((_, i) => i);
  const pool = poolIndex.map((i) => applicants[i] as DemoApplicant);
  const byDistrict = new Map<string, number[]>();
  pool.forEach((a, index) => {
    const list = byDistrict.get(a.districtCode ?? '') ?? [];
    list.push(index);
    byDistrict.set(a.districtCode ?? '', list);
  });
  const featuredCount = opts.featured ? (opts.featuredCount ?? 0) : 0;
  // After the demo organisation's, one recent open position in every service domain (so each
  // domain tile and the latest positions have some), when the platform is big enough to carry them.
  const showcase =
    opts.positions >= 10 * serviceDomains.length ? showcasePlan(rng, employers, opts.featured, opts.avoid) : [];
  const titlesOf = new Map<string, Set<string>>();
  for (let i = 0; i < opts.positions; i += 1) {
    const featured = i < featuredCount;
    const shown = featured ? undefined : showcase[i - featuredCount];
    const fresh = featured || shown !== undefined;
    const org = featured && opts.featured ? opts.featured : (shown?.org ?? rng.pick(employers));
    const domain = shown?.domain ?? domainFor(rng, org);
    const level = rng.weighted([
      ['none', 25],
      ['assistant', 45],
      ['social_worker', 25],
      ['senior', 5],
    ] as const);
    const [lo, hi] = levelSalary[level] ?? [7000, 9000];
    const salaryMin = Math.round((lo + rng.next() * (hi - lo) * 0.5) / 100) * 100;
    const salaryMax = salaryMin + rng.int(5, 30) * 100;
    const headcount = rng.weighted([
      [1, 60],
      [2, 25],
      [3, 10],
      [5, 5],
    ] as const);
    const createdAt = fresh
      ? new Date(opts.now.getTime() - rng.int(4, 20) * DAY)
      : new Date(start + rng.next() * (opts.now.getTime() - start - DAY));
    const publishedAt = new Date(createdAt.getTime() + rng.int(0, 3) * DAY);
    const deadline = new Date(publishedAt.getTime() + DEFAULT_DEADLINE_DAYS * DAY + 8 * 3600_000)
      .toISOString()
      .slice(0, 10);
    const deadlineAt = deadlineEnd(deadline);
    const positionId = new mongoose.Types.ObjectId();
    const history: { status: string; at: Date; by: mongoose.Types.ObjectId | null; reason: string | null }[] = [
      { status: 'draft', at: createdAt, by: org.ownerId, reason: null },
    ];
    const unpublished = !fresh && rng.chance(0.03) && publishedAt.getTime() > opts.now.getTime() - 30 * DAY;
    let status = 'draft';
    let filledCount = 0;
    if (!unpublished && publishedAt < opts.now) {
      history.push({ status: 'open', at: publishedAt, by: org.ownerId, reason: null });
      status = 'open';
      if (!fresh && rng.chance(0.06)) {
        const pausedAt = new Date(publishedAt.getTime() + rng.int(3, 20) * DAY);
        if (pausedAt < opts.now) {
          history.push({ status: 'paused', at: pausedAt, by: org.ownerId, reason: '暂停招聘' });
          status = 'paused';
        }
      }
    }

    // Applicants: nearby seekers more likely; counts vary by domain demand.
    const wanted = status === 'draft' ? 0 : featured ? rng.int(4, 8) : rng.int(0, opts.maxApplicants);
    const chosen = new Set<number>();
    const local = byDistrict.get(org.districtCode) ?? [];
    for (let k = 0; k < wanted * 3 && chosen.size < wanted; k += 1) {
      const index = local.length > 0 && rng.chance(0.6) ? rng.pick(local) : rng.int(0, pool.length - 1);
      // Only people already seeking when the position was published apply to it.
      if ((pool[index]?.seekingSince ?? publishedAt) <= publishedAt) chosen.add(index);
    }
    const taken = titlesOf.get(String(org._id)) ?? new Set<string>();
    titlesOf.set(String(org._id), taken);
    const title = positionTitle(rng, domain, taken);
    let hires = 0;
    for (const index of chosen) {
      const applicant = pool[index];
      if (!applicant) continue;
      const submittedAt = new Date(publishedAt.getTime() + rng.int(0, 40) * DAY + rng.int(0, 86_000) * 1000);
      if (submittedAt > opts.now || submittedAt > deadlineAt) continue;
      const steps = applicationPath(rng, hires < headcount && !fresh);
      const appHistory: Record<string, unknown>[] = [];
      let at = submittedAt.getTime();
      let final = 'submitted';
      let lastAt = submittedAt;
      for (const [step, actor] of steps) {
        if (at > opts.now.getTime()) break;
        lastAt = new Date(at);
        appHistory.push({
          status: step,
          at: new Date(at),
          actor,
          by: actor === 'worker' ? applicant.userId : org.ownerId,
          message: null,
          interview: null,
        });
        final = step;
        at += rng.int(1, 9) * DAY;
      }
      if (final === 'hired') {
        hires += 1;
        const worker = poolIndex[index] ?? index;
        out.hires.set(worker, [
          ...(out.hires.get(worker) ?? []),
          {
            orgId: org._id,
            orgName: org.name,
            domains: [domain],
            role: title,
            from: lastAt.toISOString().slice(0, 10),
          },
        ]);
      }
      out.applications.push({
        _id: new mongoose.Types.ObjectId(),
        positionId,
        orgId: org._id,
        workerUserId: applicant.userId,
        profileId: applicant.profileId,
        status: final,
        note: '',
        interview: null,
        history: appHistory,
        employerNotes: [],
        version: appHistory.length,
        createdAt: submittedAt,
        updatedAt: lastAt,
      });
    }
    filledCount = Math.min(hires, headcount);
    if (status === 'open' || status === 'paused') {
      if (filledCount === headcount) {
        history.push({
          status: 'filled',
          at: new Date(Math.min(opts.now.getTime(), publishedAt.getTime() + rng.int(20, 55) * DAY)),
          by: org.ownerId,
          reason: 'all headcount hired',
        });
        status = 'filled';
      } else if (deadlineAt < opts.now) {
        const closedEarly = rng.chance(0.15);
        history.push(
          closedEarly
            ? {
                status: 'closed',
                at: new Date(deadlineAt.getTime() - rng.int(1, 20) * DAY),
                by: org.ownerId,
                reason: '项目调整',
              }
            : { status: 'expired', at: deadlineAt, by: null, reason: 'deadline passed' },
        );
        status = closedEarly ? 'closed' : 'expired';
      }
    }
    history.sort((a, b) => a.at.getTime() - b.at.getTime());
    const street = findDistrict(org.districtCode)?.streets.find((s) => s.code === org.streetCode);
    out.positions.push({
      _id: positionId,
      orgId: org._id,
      createdBy: org.ownerId,
      title,
      primaryDomain: domain,
      secondaryDomain: domain === 'elderly_care' && rng.chance(0.3) ? 'community_building' : null,
      talentCategory: rng.weighted([
        ['practice', 80],
        ['supervision', 10],
        ['management', 8],
        ['education_research', 2],
      ] as const),
      description: `${org.name}招聘${title}${headcount}名，服务${street?.label.zh ?? ''}及周边居民。\n\n主要职责：\n- 开展需求评估与个案服务\n- 组织小组与社区活动\n- 完成项目文书与评估`,
      districtCode: org.districtCode,
      streetCode: org.streetCode,
      headcount,
      filledCount,
      employmentType: rng.weighted(employmentTypes.map((t) => [t.code, t.code === 'full_time' ? 75 : 8] as const)),
      salaryMin,
      salaryMax,
      minCertificate: level,
      minEducation: rng.pick(['none', 'diploma', 'diploma', 'bachelor']),
      socialWorkMajorRequired: rng.chance(0.15),
      minYearsInDomain: rng.pick([0, 0, 1, 2, 3]),
      skills: rng.sample(skillsPool, rng.int(1, 3)),
      benefits: rng.sample(['五险一金', '带薪年假', '定期督导', '培训补贴', '交通补贴'], rng.int(1, 3)),
      governmentPurchase: rng.chance(0.35)
        ? {
            funder: `${findDistrict(org.districtCode)?.label.zh ?? ''}民政局`,
            projectEndDate: new Date(publishedAt.getTime() + 365 * DAY).toISOString().slice(0, 10),
          }
        : null,
      status,
      statusHistory: history,
      publishedAt: status === 'draft' ? null : publishedAt,
      deadline: status === 'draft' ? null : deadline,
      deadlineAt: status === 'draft' ? null : deadlineAt,
      version: history.length,
      createdAt,
      updatedAt: history.at(-1)?.at ?? createdAt,
    });
  }
  return out;
}

/** The domain of a position an organisation posts: its own fields, or any as the plan's demand. */
function domainFor(rng: Random, org: DemoEmployer): string {
  if (org.domains && org.domains.length > 0) return rng.pick(org.domains);
  if (org.type === 'street_station') return 'community_building';
  if (org.type === 'elderly_care_institution' || org.type === 'elderly_service_complex') return 'elderly_care';
  if (org.type === 'hospital') return 'medical';
  if (org.type === 'school') return 'school';
  return rng.weighted(domainWeights);
}

/** For each service domain, an organisation that works in it (an agency taking any when none does). */
function showcasePlan(
  rng: Random,
  employers: readonly DemoEmployer[],
  featured: DemoEmployer | undefined,
  avoid: mongoose.Types.ObjectId | undefined,
): { org: DemoEmployer; domain: string }[] {
  const eligible = employers.filter((e) => e !== featured && (!avoid || !e._id.equals(avoid)));
  const general = eligible.filter((e) => !e.domains && e.type === 'social_work_agency');
  return serviceDomains.flatMap(({ code }) => {
    const fitting = eligible.filter((e) => e.domains?.includes(code));
    const pool = fitting.length > 0 ? fitting : general.length > 0 ? general : eligible;
    return pool.length > 0 ? [{ org: rng.pick(pool), domain: code }] : [];
  });
}

type Step = readonly [string, 'worker' | 'employer'];

/** How far an application gets: most stop early, a few reach a hire (when headcount is left). */
function applicationPath(rng: Random, canHire: boolean): Step[] {
  const path: Step[] = [['submitted', 'worker']];
  if (rng.chance(0.08)) return [...path, ['withdrawn', 'worker']];
  if (!rng.chance(0.8)) return path;
  path.push(['viewed', 'employer']);
  if (!rng.chance(0.5)) return rng.chance(0.6) ? [...path, ['rejected', 'employer']] : path;
  path.push(['shortlisted', 'employer']);
  if (!rng.chance(0.6)) return [...path, ['rejected', 'employer']];
  path.push(['interview', 'employer']);
  if (!rng.chance(0.5) || !canHire) return rng.chance(0.7) ? [...path, ['rejected', 'employer']] : path;
  path.push(['offered', 'employer']);
  if (rng.chance(0.15)) return [...path, ['declined', 'worker']];
  return [...path, ['accepted', 'worker'], ['hired', 'employer']];
}

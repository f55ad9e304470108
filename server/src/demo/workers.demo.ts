import { type CeRule, districts, employmentTypes, serviceDomains, talentCategories } from '@shsw/shared';
import mongoose from 'mongoose';
import { ceReminderPending, computeProfile, type ProfileDoc } from '../modules/profiles/index.js';
import { ceProviders, ceTopics, majorsByField, personName, schools, skillsPool } from './people.js';
import { apportion, Random } from './random.js';

/** The plan's end-2020 certificate mix: 25,577 assistant : 9,944 social worker : 10 senior. */
export const PLAN_2020_CERTIFICATE_MIX = [25_577, 9_944, 10] as const;
/** 35,531 certificate holders among 100,000 social-work talents at the end of 2020. */
export const PLAN_2020_HOLDER_SHARE = 35_531 / 100_000;

/** Demand is highest in elderly care and community building (the plan's priorities and the street stations). */
export const domainWeights: readonly (readonly [string, number])[] = serviceDomains.map((d) => [
  d.code,
  d.code === 'elderly_care' ? 22 : d.code === 'community_building' ? 18 : d.priority ? 8 : d.emerging ? 1 : 3,
]);

/** Where workers live: the big outer districts hold more of them. */
export const districtWeights: readonly (readonly [string, number])[] = districts.map((d) => [
  d.code,
  (
    {
      '310115': 18,
      '310112': 10,
      '310113': 8,
      '310110': 6,
      '310104': 6,
      '310107': 5,
      '310117': 6,
      '310114': 5,
    } as Record<string, number>
  )[d.code] ?? 3,
]);

export interface DemoWorker {
  user: Record<string, unknown> & { _id: mongoose.Types.ObjectId };
  profile: ProfileDoc;
  /** Registry rows for this worker's certificates (the bureau's official record). */
  registry: { _id: string; name: string; level: string; year: number }[];
}

export interface WorkerOptions {
  now: Date;
  ceRule: CeRule;
  /** Which certificate level each worker holds (null: none); length = number of workers. */
  levels: (string | null)[];
  orgNames: string[];
}

/** Who a worker is, decided before anything else so hiring can be generated before the records. */
export interface WorkerIdentity {
  userId: mongoose.Types.ObjectId;
  profileId: mongoose.Types.ObjectId;
  districtCode: string;
  openToWork: boolean;
  /**
   * When an open-to-work worker began seeking: most before the demo's two years, the rest joining
   * month by month, so every period has new job seekers (新增求职人数) as a living platform does.
   */
  seekingSince: Date;
}

/** Identities from their own random stream: the same worker index is the same person every run. */
export function workerIdentities(seed: number, count: number, now = new Date()): WorkerIdentity[] {
  const rng = new Random(seed ^ 0x5eed);
  // Its own stream, so adding it left every other identity field as it was.
  const joining = new Random(seed ^ 0x51ce);
  return Array.from({ length: count }, () => {
    const days = joining.chance(0.6) ? joining.int(731, 1500) : joining.int(1, 730);
    // A record shares its _id with its account (primary-key reads for "my record").
    const id = new mongoose.Types.ObjectId();
    return {
      userId: id,
      profileId: id,
      districtCode: rng.weighted(districtWeights),
      openToWork: rng.chance(0.25),
      seekingSince: new Date(now.getTime() - days * 86400_000 - joining.int(0, 86_399) * 1000),
    };
  });
}

/** A hire through the platform, entered in the worker's service history as employer-confirmed. */
export interface PlatformHire {
  orgId: mongoose.Types.ObjectId;
  orgName: string;
  domains: string[];
  role: string;
  from: string;
}

/** Certificate levels for `count` workers in the plan's proportions, shuffled. */
export function certificateLevelsFor(
  rng: Random,
  count: number,
  holderShare = PLAN_2020_HOLDER_SHARE,
): (string | null)[] {
  const holders = Math.round(count * holderShare);
  const [assistant = 0, social = 0, senior = 0] = apportion(holders, PLAN_2020_CERTIFICATE_MIX);
  const levels: (string | null)[] = [
    ...Array<string>(assistant).fill('assistant'),
    ...Array<string>(social).fill('social_worker'),
    ...Array<string>(senior).fill('senior'),
    ...Array<null>(count - holders).fill(null),
  ];
  return rng.sample(levels, levels.length);
}

let serial = 0;
const id = () => `d${(serial++).toString(36).padStart(8, '0')}`;

export function demoWorker(
  rng: Random,
  index: number,
  identity: WorkerIdentity,
  hires: readonly PlatformHire[],
  opts: WorkerOptions,
): DemoWorker {
  const now = opts.now;
  const { userId, districtCode, openToWork } = identity;
  const name = personName(rng);
  const birthYear = rng.int(1965, 2002);
  const district = districts.find((d) => d.code === districtCode);
  const street = district ? rng.pick(district.streets.filter((s) => !s.statisticalOnly)) : undefined;
  const mobile = `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const level = opts.levels[index] ?? null;

  const field = rng.weighted([
    ['social_work', level ? 45 : 30],
    ['related', 25],
    ['other', level ? 30 : 45],
  ] as const);
  const eduLevel = rng.weighted([
    ['secondary', 8],
    ['diploma', 30],
    ['bachelor', 45],
    ['master', 15],
    ['doctorate', 2],
  ] as const);
  const graduationYear = Math.min(now.getFullYear(), birthYear + rng.int(20, 26));
  const education = [
    {
      id: id(),
      level: eduLevel,
      school: eduLevel === 'secondary' ? '上海市某中学' : rng.pick(schools),
      major: rng.pick(majorsByField[field]),
      field: eduLevel === 'secondary' ? 'other' : field,
      graduationYear,
      inProgress: graduationYear > now.getFullYear() - 1 && rng.chance(0.2),
    },
  ];

  const certificates: ProfileDoc['certificates'] = [];
  const registry: DemoWorker['registry'] = [];
  if (level) {
    const yearObtained = rng.int(Math.max(2008, graduationYear), now.getFullYear());
    const status = rng.weighted([
      ['verified', 90],
      ['claimed', 8],
      ['refused', 2],
    ] as const);
    const number = `${level === 'assistant' ? 'A' : level === 'senior' ? 'G' : 'S'}${yearObtained}${String(index).padStart(7, '0')}`;
    // Registration runs in 3-year cycles from the year after passing.
    const cycles = Math.max(1, Math.ceil((now.getFullYear() - yearObtained + 1) / 3));
    const validUntil = `${yearObtained + cycles * 3}-06-30`;
    const claimedAt = new Date(now.getTime() - rng.int(30, 900) * 86400_000);
    certificates.push({
      id: id(),
      level,
      number,
      yearObtained,
      registrationValidUntil: validUntil,
      status,
      verifiedBy: status === 'claimed' ? null : status === 'verified' ? 'registry' : 'manual',
      decidedAt: status === 'claimed' ? null : new Date(claimedAt.getTime() + 86400_000),
      decidedBy: null,
      refusalReason: status === 'refused' ? '证书编号与登记库不符' : null,
      claimedAt,
    });
    // A waiting claim never matches the registry exactly (one that did would have been verified
    // automatically): its name, year or level differs, or its number is not in the registry.
    const differs = status === 'claimed' ? rng.pick(['name', 'year', 'level', 'missing'] as const) : null;
    if (status !== 'refused' && differs !== 'missing') {
      registry.push({
        _id: number,
        name: differs === 'name' ? `${name}华` : name,
        level: differs === 'level' ? (level === 'assistant' ? 'social_worker' : 'assistant') : level,
        year: differs === 'year' ? yearObtained - 1 : yearObtained,
      });
    }
  }

  const training =
    !level && rng.chance(0.3)
      ? [
          {
            id: id(),
            provider: rng.pick(ceProviders),
            year: rng.int(2016, now.getFullYear()),
            hours: rng.pick([60, 96, 120, 150]),
            hasProof: rng.chance(0.8),
            proofReference: null,
          },
        ]
      : [];

  const careerStart = Math.max(graduationYear, 2005);
  const entries = rng.int(0, 3);
  const serviceHistory: ProfileDoc['serviceHistory'] = [];
  let from = new Date(Date.UTC(careerStart, rng.int(0, 11), 1));
  for (let e = 0; e < entries && from < now; e += 1) {
    const months = rng.int(8, 60);
    const to = new Date(from.getTime() + months * 30.4 * 86400_000);
    const ongoing = e === entries - 1 && rng.chance(0.6);
    const domain = rng.weighted(domainWeights);
    serviceHistory.push({
      id: id(),
      organisationName: rng.pick(opts.orgNames),
      organisationId: null,
      domains: rng.chance(0.3)
        ? [domain, rng.weighted(domainWeights)].filter((d, i, a) => a.indexOf(d) === i)
        : [domain],
      role: rng.pick(['一线社工', '项目主管', '督导', '社区工作者', '机构负责人']),
      from: from.toISOString().slice(0, 10),
      to: ongoing || to > now ? null : to.toISOString().slice(0, 10),
      hours: null,
      confirmedByEmployer: false,
      source: 'self',
    });
    from = new Date(to.getTime() + rng.int(0, 90) * 86400_000);
  }

  const ceCount = level ? rng.int(0, 8) : 0;
  const continuingEducation = Array.from({ length: ceCount }, () => ({
    id: id(),
    date: rng.day(new Date(now.getTime() - 4 * 365 * 86400_000), now),
    hours: rng.pick([6, 8, 12, 16, 24]),
    provider: rng.pick(ceProviders),
    topic: rng.pick(ceTopics),
  }));

  hires.forEach((hire, h) => {
    serviceHistory.push({
      id: `hire-${index}-${h}`,
      organisationName: hire.orgName,
      organisationId: hire.orgId,
      domains: hire.domains,
      role: hire.role,
      from: hire.from,
      to: null,
      hours: null,
      confirmedByEmployer: true,
      source: 'platform_hire',
    });
  });
  const domains = [...new Set([...serviceHistory.flatMap((s) => s.domains), rng.weighted(domainWeights)])].slice(0, 4);
  const registeredAt = new Date(now.getTime() - rng.int(1, 1000) * 86400_000);
  // Nobody seeks work on the platform before having a record on it.
  const createdAt = openToWork && identity.seekingSince < registeredAt ? identity.seekingSince : registeredAt;
  const profile: ProfileDoc = {
    _id: identity.profileId,
    userId,
    personal: {
      name,
      birthYear,
      gender: rng.pick(['female', 'female', 'male']),
      districtCode,
      streetCode: street?.code ?? null,
      mobile,
      email: null,
    },
    idCard: null,
    education,
    certificates,
    training,
    continuingEducation,
    serviceHistory,
    serviceDomains: domains,
    skills: rng.sample(skillsPool, rng.int(1, 5)),
    talentCategory: rng.weighted([
      [talentCategories[0].code, 80],
      [talentCategories[1].code, 8],
      [talentCategories[2].code, 9],
      [talentCategories[3].code, 3],
    ] as const),
    communityWorker: rng.chance(0.3),
    languages: rng.chance(0.3) ? ['普通话', '上海话', 'English'] : ['普通话', '上海话'],
    wishes: {
      serviceDomains: domains.slice(0, 2),
      districtCodes: [districtCode],
      salaryMin: rng.int(50, 120) * 100,
      employmentTypes: rng.sample(
        employmentTypes.map((t) => t.code),
        rng.int(1, 2),
      ),
    },
    openToWork,
    openToWorkHistory: openToWork ? [{ value: true, at: identity.seekingSince }] : [],
    visibility: rng.weighted([
      ['verified_orgs', 70],
      ['public', 20],
      ['hidden', 10],
    ] as const),
    hideFrom: [],
    declaredNone: level ? [] : ['certificates'],
    computed: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
  profile.computed = computeProfile(profile, opts.ceRule, now);
  profile.ceReminderPending = ceReminderPending(profile);
  return {
    user: {
      _id: userId,
      login: `worker-${userId.toHexString()}@demo.invalid`,
      loginKind: 'email',
      passwordHash: '!',
      displayName: name,
      role: 'worker',
      status: 'active',
      orgId: null,
      orgRole: null,
      consents: [{ kind: 'privacy_notice', noticeVersion: 'demo', grantedAt: createdAt, withdrawnAt: null }],
      createdAt,
      updatedAt: createdAt,
    },
    profile,
    registry,
  };
}

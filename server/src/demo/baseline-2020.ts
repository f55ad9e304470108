import {
  countedStreets,
  defaultCeRule,
  districts,
  generateCreditCode,
  qualifiesAsAgency,
  serviceDomains,
  talentCategories,
} from '@shsw/shared';
import mongoose from 'mongoose';
import { dataMigrations } from '../migrations.js';
import { hashPassword } from '../modules/accounts/index.js';
import { ceReminderPending, claimsOf, computeProfile, type ProfileDoc } from '../modules/profiles/index.js';
import { invalidateProjections } from '../modules/search/index.js';
import { DenominatorModel, factsStore, workerFact } from '../modules/statistics/index.js';
import { markMigrationsDone } from '../platform/db/migrations.js';
import type { Logger } from '../platform/logger.js';
import { demoAccounts } from './demo-accounts.js';
import { personName } from './people.js';
import { apportion, Random } from './random.js';

/**
 * The platform as it would have stood at the end of 2020, sized by the plan's own figures
 * (沪民社工发〔2022〕1号): the indicator dashboard computed from it must show exactly them.
 * Only talent records, organisations and the bureau's denominators: no hiring history.
 */
export interface BaselineSpec {
  /** 社会工作人才 (glossary 1). */
  talents: number;
  /** Certificate holders by highest level: assistant, social worker, senior. */
  holders: readonly [number, number, number];
  /** Community workers in the records, and how many of them hold a certificate (the rest are not talents). */
  communityWorkers: number;
  communityWorkersHolding: number;
  /** Certified social workers whose domains include child welfare. */
  childWelfareCertified: number;
  /** Talents in youth affairs, and the rate per 100,000 young people the youth-population denominator gives. */
  youthAffairsTalents: number;
  youthPer100k: number;
  /** Talents in migration services, and the foreign residents entered. */
  migrationTalents: number;
  foreignResidents: number;
  /** Verified social-work service agencies and their full-time staff. */
  agencies: number;
  agencyStaff: number;
  /** Streets/towns with a verified social-work station. */
  stationStreets: number;
  elderlyInstitutions: number;
  institutionCertifiedStaff: number;
  elderlyComplexes: number;
  complexCertifiedStaff: number;
}

export const baselineSpecs = {
  /** The plan's end-2020 figures (its text and indicator table). */
  'baseline-2020': {
    talents: 100_000,
    holders: [25_577, 9_944, 10],
    communityWorkers: 20_000,
    communityWorkersHolding: 2_800,
    childWelfareCertified: 22,
    youthAffairsTalents: 2_400,
    youthPer100k: 80,
    migrationTalents: 120,
    foreignResidents: 160_000,
    agencies: 653,
    agencyStaff: 51_409,
    stationStreets: 0,
    elderlyInstitutions: 700,
    institutionCertifiedStaff: 420,
    elderlyComplexes: 200,
    complexCertifiedStaff: 150,
  },
  /** The same shape at a hundredth, for tests with exact expected counts. */
  'baseline-2020-mini': {
    talents: 1_000,
    holders: [256, 99, 1],
    communityWorkers: 200,
    communityWorkersHolding: 28,
    childWelfareCertified: 22,
    youthAffairsTalents: 40,
    youthPer100k: 80,
    migrationTalents: 5,
    foreignResidents: 10_000,
    agencies: 7,
    agencyStaff: 514,
    stationStreets: 43,
    elderlyInstitutions: 10,
    institutionCertifiedStaff: 8,
    elderlyComplexes: 4,
    complexCertifiedStaff: 6,
  },
} as const satisfies Record<string, BaselineSpec>;
export type BaselineName = keyof typeof baselineSpecs;

/** The denominator that makes `numerator ÷ denominator × per` equal `rate` exactly (rounded to a whole person). */
export const youthPopulationFor = (spec: BaselineSpec) =>
  Math.round((spec.youthAffairsTalents * 100_000) / spec.youthPer100k);

function checkSpec(s: BaselineSpec): void {
  const holders = s.holders[0] + s.holders[1] + s.holders[2];
  const problems = [
    holders > s.talents && 'more holders than talents',
    s.communityWorkersHolding > holders && 'more certified community workers than holders',
    s.communityWorkersHolding > s.communityWorkers && 'more certified community workers than community workers',
    s.childWelfareCertified > holders && 'more child-welfare certified workers than holders',
    s.youthAffairsTalents + s.migrationTalents + s.childWelfareCertified > s.talents && 'too many domain talents',
    s.stationStreets > countedStreets.length && 'more stations than streets/towns',
    s.agencyStaff < s.agencies * 3 && 'agencies need at least 3 staff each',
  ].filter(Boolean);
  if (problems.length > 0) throw new Error(`baseline spec: ${problems.join('; ')}`);
}

const BATCH = 2_000;
const AT = new Date('2020-12-31T08:00:00Z');
const allDomains = serviceDomains.map((d) => d.code as string);
const everydayDomains = allDomains.filter((c) => !['child_welfare', 'youth_affairs', 'migration'].includes(c));

export async function seedBaseline(opts: { name: BaselineName; seed?: number; log?: Logger }) {
  const started = Date.now();
  const spec: BaselineSpec = baselineSpecs[opts.name];
  checkSpec(spec);
  const rng = new Random(opts.seed ?? 2020_12_31);
  const db = mongoose.connection;
  const insert = async (collection: string, docs: readonly object[]) => {
    for (let i = 0; i < docs.length; i += BATCH)
      if (docs.length > 0) await db.collection(collection).insertMany(docs.slice(i, i + BATCH) as never[]);
  };

  // Organisations first.
  const orgs: Record<string, unknown>[] = [];
  const users: Record<string, unknown>[] = [];
  const org = (type: string, streetIndex: number, staff: { fullTime: number; certified: number }, charter: boolean) => {
    const street = countedStreets[streetIndex % countedStreets.length] as (typeof countedStreets)[number];
    const qualified = type === 'social_work_agency' ? Math.ceil(staff.fullTime / 3) : staff.certified;
    const figures = {
      fullTime: staff.fullTime,
      certified: Math.min(staff.certified || qualified, staff.fullTime),
      swBachelorPlus: 0,
      qualified: Math.max(qualified, Math.min(staff.certified || qualified, staff.fullTime)),
    };
    const _id = new mongoose.Types.ObjectId();
    const ownerId = new mongoose.Types.ObjectId();
    orgs.push({
      _id,
      name: `${street.label.zh}${type === 'street_station' ? '社会工作站' : type === 'social_work_agency' ? `社会工作服务社${orgs.length}` : type === 'elderly_service_complex' ? '社区综合为老服务中心' : `养老院${orgs.length}`}`,
      creditCode: generateCreditCode(() => rng.next(), {
        authority: '5',
        type: '2',
        districtCode: street.districtCode,
      }),
      type,
      districtCode: street.districtCode,
      streetCode: street.code,
      address: `${street.label.zh}某路 ${rng.int(1, 999)} 号`,
      contact: { name: '联系人', mobile: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`, email: null },
      staff: figures,
      charterStatesSocialWorkAims: charter,
      agencyQualified: qualifiesAsAgency({ staff: figures, charterStatesSocialWorkAims: charter }),
      status: 'verified',
      verification: { decidedAt: AT, decidedBy: null, reason: null },
      statusHistory: [
        { status: 'pending', at: AT, by: ownerId, reason: null },
        { status: 'verified', at: AT, by: null, reason: null },
      ],
      ownerId,
      createdAt: AT,
      updatedAt: AT,
    });
    users.push(account(ownerId, `owner-${_id.toHexString()}@baseline.invalid`, '机构管理员', 'org', _id));
  };
  const agencyWeights = Array.from({ length: spec.agencies }, () => 0.5 + rng.next());
  for (const [i, fullTime] of apportion(spec.agencyStaff, agencyWeights).entries())
    org('social_work_agency', i, { fullTime, certified: 0 }, true);
  for (let i = 0; i < spec.stationStreets; i++) org('street_station', i, { fullTime: 4, certified: 1 }, false);
  const even = (n: number) => Array.from({ length: n }, () => 1);
  for (const [i, certified] of apportion(spec.institutionCertifiedStaff, even(spec.elderlyInstitutions)).entries())
    org('elderly_care_institution', i * 7, { fullTime: 20 + (i % 30), certified }, false);
  for (const [i, certified] of apportion(spec.complexCertifiedStaff, even(spec.elderlyComplexes)).entries())
    org('elderly_service_complex', i, { fullTime: 8, certified }, false);
  const agencyStaff = orgs
    .filter((o) => o.agencyQualified)
    .reduce((n, o) => n + (o.staff as { fullTime: number }).fullTime, 0);
  if (agencyStaff !== spec.agencyStaff)
    throw new Error(`baseline agencies: ${agencyStaff} staff, not ${spec.agencyStaff}`);

  // Then the records: holders (by level), other talents, then community workers who are not talents.
  const [assistant, socialWorker, senior] = spec.holders;
  const holders = assistant + socialWorker + senior;
  const levelOf = (i: number) =>
    i < assistant ? 'assistant' : i < assistant + socialWorker ? 'social_worker' : i < holders ? 'senior' : null;
  // Which talents work in the domains the indicators single out; holders are spread evenly among the rest.
  const youthStart = spec.childWelfareCertified;
  const migrationStart = youthStart + spec.youthAffairsTalents;
  const domainsOf = (i: number, talent: boolean): string[] => {
    if (talent && i < spec.childWelfareCertified) return ['child_welfare'];
    if (talent && i >= youthStart && i < migrationStart) return ['youth_affairs'];
    if (talent && i >= migrationStart && i < migrationStart + spec.migrationTalents) return ['migration'];
    // Outside the talent count anyone may name any domain: the indicators must not count them.
    return [rng.pick(talent ? everydayDomains : allDomains)];
  };
  // Talent i gets certificate slot `order[i]`; the first slots (the child-welfare talents, all
  // certified) stay in place, the rest are shuffled so the indicator domains mix holders and not.
  const order = Array.from({ length: spec.talents }, (_, i) => i);
  for (let i = order.length - 1; i > spec.childWelfareCertified; i--) {
    const j = rng.int(spec.childWelfareCertified, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const communityHolderSlots = new Set<number>();
  for (let slot = holders - 1; slot >= 0 && communityHolderSlots.size < spec.communityWorkersHolding; slot--)
    if (slot >= spec.childWelfareCertified) communityHolderSlots.add(slot);

  const workerFacts = [];
  const total = spec.talents + spec.communityWorkers - spec.communityWorkersHolding;
  for (let start = 0; start < total; start += BATCH) {
    const profiles: ProfileDoc[] = [];
    const batchUsers: Record<string, unknown>[] = [];
    for (let i = start; i < Math.min(total, start + BATCH); i++) {
      const talent = i < spec.talents;
      const slot = talent ? (order[i] as number) : -1;
      const level = talent ? levelOf(slot) : null;
      const profile = baselineProfile(rng, {
        level,
        talent,
        communityWorker: !talent || communityHolderSlots.has(slot),
        domains: domainsOf(i, talent),
        index: i,
      });
      profiles.push(profile);
      batchUsers.push(
        account(profile._id, `worker-${profile._id.toHexString()}@baseline.invalid`, profile.personal.name, 'worker'),
      );
      workerFacts.push(workerFact(profile));
    }
    await insert('users', batchUsers);
    await insert('profiles', profiles);
    await insert(
      'certificate_claims',
      profiles.flatMap((p) => claimsOf(p)),
    );
    opts.log?.info({ records: Math.min(total, start + BATCH) }, 'baseline records');
  }

  const bureauId = new mongoose.Types.ObjectId();
  users.push({
    ...account(bureauId, demoAccounts.bureau.login, demoAccounts.bureau.displayName, 'bureau'),
    passwordHash: await hashPassword(demoAccounts.bureau.password),
  });
  users.push({
    ...account(new mongoose.Types.ObjectId(), demoAccounts.admin.login, demoAccounts.admin.displayName, 'admin'),
    passwordHash: await hashPassword(demoAccounts.admin.password),
  });
  await insert('users', users);
  await insert('organisations', orgs);
  const source = `${opts.name} preset (synthetic; sized to the plan's 2020 figures)`;
  await DenominatorModel.insertMany([
    {
      code: 'community_workers',
      value: spec.communityWorkers,
      source,
      asOf: '2020-12-31',
      enteredAt: AT,
      enteredBy: bureauId,
    },
    {
      code: 'youth_population',
      value: youthPopulationFor(spec),
      source,
      asOf: '2020-12-31',
      enteredAt: AT,
      enteredBy: bureauId,
    },
    {
      code: 'foreign_residents',
      value: spec.foreignResidents,
      source,
      asOf: '2020-12-31',
      enteredAt: AT,
      enteredBy: bureauId,
    },
  ]);
  await invalidateProjections();
  await factsStore.replaceAll({ positions: [], applications: [], workers: workerFacts });
  await markMigrationsDone(dataMigrations);
  return { organisations: orgs.length, workers: total, ms: Date.now() - started };
}

function account(
  _id: mongoose.Types.ObjectId,
  login: string,
  displayName: string,
  role: string,
  orgId: mongoose.Types.ObjectId | null = null,
) {
  return {
    _id,
    login,
    loginKind: 'email',
    // No usable password: only the documented bureau and admin accounts can sign in.
    passwordHash: '!',
    displayName,
    role,
    status: 'active',
    orgId,
    orgRole: orgId ? 'owner' : null,
    consents: [{ kind: 'privacy_notice', noticeVersion: 'demo', grantedAt: AT, withdrawnAt: null }],
    createdAt: AT,
    updatedAt: AT,
  };
}

/**
 * One record. Holders qualify by their certificate; other talents by 120 hours of proven
 * training (not by a social-work degree, which would make them certified social workers under
 * glossary 4); community workers outside the talent count have neither.
 */
function baselineProfile(
  rng: Random,
  o: { level: string | null; talent: boolean; communityWorker: boolean; domains: string[]; index: number },
): ProfileDoc {
  const _id = new mongoose.Types.ObjectId();
  const district = rng.pick(districts);
  const street = rng.pick(district.streets.filter((s) => !s.statisticalOnly));
  const year = rng.int(2008, 2020);
  const profile: ProfileDoc = {
    _id,
    userId: _id,
    personal: {
      name: personName(rng),
      birthYear: rng.int(1960, 1998),
      gender: rng.pick(['female', 'female', 'male']),
      districtCode: district.code,
      streetCode: street.code,
      mobile: `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
      email: null,
    },
    idCard: null,
    education: [
      {
        id: `b${o.index}-e`,
        level: rng.pick(['secondary', 'diploma', 'bachelor']),
        school: '上海市某学校',
        major: '行政管理',
        field: 'other',
        graduationYear: year - 2,
        inProgress: false,
      },
    ],
    certificates: o.level
      ? [
          {
            id: `b${o.index}-c`,
            level: o.level,
            number: `B${year}${String(o.index).padStart(7, '0')}`,
            yearObtained: year,
            registrationValidUntil: '2021-06-30',
            status: 'verified',
            verifiedBy: 'registry',
            decidedAt: AT,
            decidedBy: null,
            refusalReason: null,
            claimedAt: AT,
          },
        ]
      : [],
    training:
      o.talent && !o.level
        ? [
            {
              id: `b${o.index}-t`,
              provider: '上海市社会工作者协会',
              year,
              hours: 120,
              hasProof: true,
              proofReference: null,
            },
          ]
        : [],
    continuingEducation: [],
    serviceHistory: [],
    serviceDomains: o.domains,
    skills: [],
    talentCategory: rng.weighted([
      [talentCategories[0].code, 80],
      [talentCategories[1].code, 8],
      [talentCategories[2].code, 9],
      [talentCategories[3].code, 3],
    ] as const),
    communityWorker: o.communityWorker,
    languages: ['普通话'],
    wishes: { serviceDomains: o.domains, districtCodes: [], salaryMin: null, employmentTypes: [] },
    openToWork: false,
    openToWorkHistory: [],
    visibility: 'verified_orgs',
    hideFrom: [],
    declaredNone: [],
    computed: null,
    version: 1,
    createdAt: AT,
    updatedAt: AT,
  };
  profile.computed = computeProfile(profile, defaultCeRule, AT);
  profile.ceReminderPending = ceReminderPending(profile);
  return profile;
}

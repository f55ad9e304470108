import { defaultCeRule, generateCreditCode, qualifiesAsAgency } from '@shsw/shared';
import mongoose from 'mongoose';
import { dataMigrations } from '../migrations.js';
import { hashPassword, User } from '../modules/accounts/index.js';
import type { ApplicationDoc } from '../modules/applications/index.js';
import type { PositionDoc } from '../modules/positions/index.js';
import type { ProfileDoc } from '../modules/profiles/index.js';
import { claimsOf } from '../modules/profiles/index.js';
import { invalidateProjections, seedTalentProjection } from '../modules/search/index.js';
import { applicationFact, factsStore, positionFact, workerFact } from '../modules/statistics/index.js';
import { ensureIndexes } from '../platform/db/indexes.js';
import { markMigrationsDone } from '../platform/db/migrations.js';
import type { Logger } from '../platform/logger.js';
import { closeDemoOrganisation } from './closed-organisation.demo.js';
import { seedDemoConnections } from './connections.demo.js';
import { demoAccounts } from './demo-accounts.js';
import { DEMO_IMPORT_ID, demoWorkerApplication, demoWorkerProfile } from './demo-worker.demo.js';
import { seedDemoNotifications } from './notifications.demo.js';
import { demoOrganisations } from './organisations.demo.js';
import { type DemoEmployer, demoGuidance, demoHiring } from './positions.demo.js';
import { Random } from './random.js';
import { demoRegistryImport } from './registry-import.demo.js';
import { seedDemoReports } from './reports.demo.js';
import { certificateLevelsFor, demoWorker, workerIdentities } from './workers.demo.js';

export interface Preset {
  organisations: number;
  workers: number;
  stationCoverage: number;
  positions: number;
  maxApplicants: number;
}

export const presets = {
  /** What `npm start` shows: a living platform that starts in seconds. */
  demo: { organisations: 300, workers: 3_000, stationCoverage: 0.9, positions: 1_200, maxApplicants: 12 },
  /** The plan's 2025 scale for benchmarks: 200,000 talent records, 20,000 positions, ~1,000,000 applications. */
  'scale-2025': { organisations: 2_000, workers: 200_000, stationCoverage: 1, positions: 20_000, maxApplicants: 100 },
} as const satisfies Record<string, Preset>;
export type PresetName = keyof typeof presets;

export interface SeedResult {
  organisations: number;
  workers: number;
  registryEntries: number;
  positions: number;
  applications: number;
  /** The periods published as the demo bureau (with `reports`). */
  reports: string[];
  ms: number;
}

const BATCH = 2_000;
/** 2022-02-28, the day the plan was issued. */
const DEFAULT_SEED = 20_220_228;

async function insertInBatches(collection: string, docs: readonly object[]): Promise<void> {
  const coll = mongoose.connection.collection(collection);
  for (let i = 0; i < docs.length; i += BATCH)
    await coll.insertMany(docs.slice(i, i + BATCH) as never[], { ordered: false });
}

export async function databaseIsEmpty(): Promise<boolean> {
  // One document or none: FerretDB answers a count by reading them all (13 s at 200,000 accounts).
  return (await User.exists({})) === null;
}

/** Builds the demo platform with a fixed seed: same input, same platform. */
export async function seedDemo(opts: {
  preset: PresetName;
  /** Scales a preset (benchmarks): e.g. fewer applicants per position when only search is measured. */
  overrides?: Partial<Preset>;
  seed?: number;
  now?: Date;
  log?: Logger;
  /** Publishes the last half year's reports as the demo bureau (`npm start`, `npm run seed`). */
  reports?: boolean;
}): Promise<SeedResult> {
  const started = Date.now();
  const preset: Preset = { ...presets[opts.preset], ...opts.overrides };
  const rng = new Random(opts.seed ?? DEFAULT_SEED);
  const now = opts.now ?? new Date();

  const orgs = demoOrganisations(rng, {
    count: preset.organisations,
    stationCoverage: preset.stationCoverage,
    now,
    takenNames: [DEMO_ORG_NAME, DEMO_PENDING_ORG_NAME],
  });
  const accounts = await demoAccountDocs(rng, now);

  const levels = certificateLevelsFor(rng, preset.workers);
  const orgNames = orgs.map((o) => String(o.org.name));
  const identities = workerIdentities(opts.seed ?? DEFAULT_SEED, preset.workers, now);

  // Hiring first (it needs only who the workers are), so each record is written once, hires included.
  const years = [now.getFullYear() - 2, now.getFullYear() - 1, now.getFullYear()];
  await insertInBatches('salary_guidance', years.map(demoGuidance));
  const employers: DemoEmployer[] = [...orgs, ...accounts.orgs.map((org) => ({ org, domains: null }))]
    .filter(({ org: o }) => o.status === 'verified')
    .map(({ org: o, domains }) => ({
      _id: o._id,
      ownerId: o.ownerId as mongoose.Types.ObjectId,
      name: String(o.name),
      type: o.type,
      districtCode: o.districtCode,
      streetCode: String(o.streetCode),
      domains,
    }));
  // One agency closes by its owner (after its hiring history, so that history is its last word).
  const closing = [...orgs].reverse().find((o) => o.org.status === 'verified' && o.org.type === 'social_work_agency');
  const sunshine = employers.find((e) => e.name === DEMO_ORG_NAME);
  const hiring = demoHiring(rng, employers, identities, {
    positions: preset.positions,
    now,
    maxApplicants: preset.maxApplicants,
    ...(sunshine ? { featured: sunshine, featuredCount: 5 } : {}),
    ...(closing ? { avoid: closing.org._id } : {}),
  });
  // The demo worker has applied to the demo organisation's first position and is at interview.
  const firstFeatured = hiring.positions[0];
  if (sunshine && firstFeatured)
    hiring.applications.push(demoWorkerApplication(accounts.workerId, firstFeatured, sunshine, now));
  if (closing) closeDemoOrganisation(closing.org, closing.owner, hiring.positions, hiring.applications, now);
  await insertInBatches('users', [...orgs.map((o) => o.owner), ...accounts.users]);
  await insertInBatches('organisations', [...orgs.map((o) => o.org), ...accounts.orgs]);
  opts.log?.info({ organisations: orgs.length }, 'demo organisations');
  await insertInBatches('positions', hiring.positions);
  await insertInBatches('applications', hiring.applications);
  opts.log?.info({ positions: hiring.positions.length, applications: hiring.applications.length }, 'demo hiring');
  await seedDemoConnections(insertInBatches, {
    now,
    users: accounts.users,
    workerId: accounts.workerId,
    employers,
    sunshine,
    otherWorkers: identities.slice(0, 4).map((w) => w.userId),
    positions: hiring.positions,
    applications: hiring.applications,
    firstFeatured,
  });

  let registryEntries = 0;
  let registryVerified = 0;
  const workerFacts = [];
  const talentProjection = seedTalentProjection();
  await talentProjection.reset();
  for (let i = 0; i < preset.workers; i += BATCH) {
    const workers = [];
    for (let j = i; j < Math.min(preset.workers, i + BATCH); j += 1) {
      const identity = identities[j];
      if (!identity) break;
      workers.push(
        demoWorker(rng, j, identity, hiring.hires.get(j) ?? [], { now, ceRule: defaultCeRule, levels, orgNames }),
      );
    }
    await insertInBatches(
      'users',
      workers.map((w) => w.user),
    );
    await insertInBatches(
      'profiles',
      workers.map((w) => w.profile),
    );
    await insertInBatches(
      'certificate_claims',
      workers.flatMap((w) => claimsOf(w.profile as unknown as ProfileDoc)),
    );
    for (const w of workers) workerFacts.push(workerFact(w.profile as unknown as ProfileDoc));
    await talentProjection.add(workers.map((w) => w.profile as unknown as ProfileDoc));
    const registry = workers
      .flatMap((w) => w.registry)
      .map((r) => ({ ...r, importId: DEMO_IMPORT_ID, updatedAt: now }));
    if (registry.length > 0) await insertInBatches('certificate_registry', registry);
    registryEntries += registry.length;
    registryVerified += workers
      .flatMap((w) => w.profile.certificates)
      .filter((c) => c.verifiedBy === 'registry').length;
    opts.log?.info({ workers: Math.min(preset.workers, i + BATCH) }, 'demo workers');
  }
  const demoProfile = await demoWorkerProfile(accounts.workerId, now);
  await insertInBatches('profiles', [demoProfile]);
  await insertInBatches('certificate_claims', claimsOf(demoProfile as unknown as ProfileDoc));
  const bureauUser = accounts.users.find((u) => u.role === 'bureau');
  if (bureauUser) {
    await insertInBatches('registry_imports', [
      demoRegistryImport({
        id: DEMO_IMPORT_ID,
        bureauUserId: bureauUser._id,
        // The demo worker's own certificate is in the registry too.
        rows: registryEntries + 1,
        certificatesVerified: registryVerified,
        now,
      }),
    ]);
  }
  await markMigrationsDone(dataMigrations);
  workerFacts.push(workerFact(demoProfile as unknown as ProfileDoc));
  await talentProjection.add([demoProfile as unknown as ProfileDoc]);
  // Written behind the outbox's back: the stored positions projection no longer matches (it is
  // rebuilt from the records at the next start). The talent projection and the statistics facts
  // are written here from the same records, through the same functions the outboxes use.
  await invalidateProjections();
  await talentProjection.complete();
  await factsStore.replaceAll({
    positions: hiring.positions.map((p) => positionFact(p as unknown as PositionDoc)),
    applications: hiring.applications.map((a) => applicationFact(a as unknown as ApplicationDoc)),
    workers: workerFacts,
  });
  const notified = await seedDemoNotifications({ workerId: accounts.workerId });
  opts.log?.info({ notifications: notified }, 'demo notifications');
  const reports =
    opts.reports && bureauUser
      ? await seedDemoReports({ bureauUserId: bureauUser._id, now, ...(opts.log ? { log: opts.log } : {}) })
      : [];
  return {
    reports,
    organisations: orgs.length + accounts.orgs.length,
    workers: preset.workers + 1,
    registryEntries,
    positions: hiring.positions.length,
    applications: hiring.applications.length,
    ms: Date.now() - started,
  };
}

const DEMO_ORG_NAME = '上海市徐汇区阳光社会工作服务社';
const DEMO_PENDING_ORG_NAME = '上海新苗社会工作发展中心';
/** Why the pending demo organisation was returned once (its owner's notification says so). */
const PENDING_ORG_RETURNED = '登记证书扫描件不清晰，请重新上传';

/**
 * What each documented account receives by e-mail on top of the defaults (interview and offer
 * steps, offer answers, the daily digest): the worker also wants instant matches of saved searches
 * and continuing-education reminders; the owner new applications; the bureau organisations to verify.
 */
const demoEmailPrefs: Partial<Record<keyof typeof demoAccounts, Record<string, boolean>>> = {
  worker: { saved_search_match: true, ce_reminder: true, certificate_decided: true },
  owner: { application_submitted: true, organisation_verified: true, organisation_rejected: true },
  recruiter: { application_submitted: true },
  pendingOwner: { organisation_verified: true, organisation_rejected: true },
  bureau: { organisation_to_verify: true },
};

/** The documented accounts, with real passwords, and the organisations two of them belong to. */
async function demoAccountDocs(rng: Random, now: Date) {
  const user = async (
    key: keyof typeof demoAccounts,
    role: string,
    org?: { id: mongoose.Types.ObjectId; role: string },
  ) => ({
    _id: new mongoose.Types.ObjectId(),
    login: demoAccounts[key].login,
    loginKind: 'email',
    passwordHash: await hashPassword(demoAccounts[key].password),
    displayName: demoAccounts[key].displayName,
    role,
    status: 'active',
    orgId: org?.id ?? null,
    orgRole: org?.role ?? null,
    // Verified, as if each had followed their sign-up link, so mail alerts reach them when SMTP_URL is set.
    emailVerifiedAt: now,
    language: 'zh-CN',
    notificationPrefs: { types: {}, email: demoEmailPrefs[key] ?? {}, profileMatches: false },
    consents: [{ kind: 'privacy_notice', noticeVersion: 'demo', grantedAt: now, withdrawnAt: null }],
    createdAt: now,
    updatedAt: now,
  });
  const sunshine = new mongoose.Types.ObjectId();
  const fresh = new mongoose.Types.ObjectId();
  const owner = await user('owner', 'org', { id: sunshine, role: 'owner' });
  const pendingOwner = await user('pendingOwner', 'org', { id: fresh, role: 'owner' });
  const worker = await user('worker', 'worker');
  const staff = { fullTime: 24, certified: 10, swBachelorPlus: 6, qualified: 12 };
  const org = (id: mongoose.Types.ObjectId, name: string, status: string, ownerId: mongoose.Types.ObjectId) => ({
    _id: id,
    name,
    creditCode: generateCreditCode(() => rng.next(), { authority: '5', type: '2', districtCode: '310104' }),
    type: 'social_work_agency',
    districtCode: '310104',
    streetCode: '310104014',
    address: '徐汇区漕溪北路 88 号',
    contact: { name: '王主任', mobile: '13900008888', email: 'contact@demo.shsw.cn' },
    staff,
    charterStatesSocialWorkAims: true,
    agencyQualified: qualifiesAsAgency({ staff, charterStatesSocialWorkAims: true }),
    status,
    verification: { decidedAt: status === 'verified' ? now : null, decidedBy: null, reason: null },
    statusHistory: [
      { status: 'pending', at: now, by: ownerId, reason: null },
      ...(status === 'verified' ? [{ status: 'verified', at: now, by: null, reason: null }] : []),
    ],
    ownerId,
    createdAt: now,
    updatedAt: now,
  });
  return {
    users: [
      owner,
      pendingOwner,
      worker,
      await user('recruiter', 'org', { id: sunshine, role: 'recruiter' }),
      await user('bureau', 'bureau'),
      await user('admin', 'admin'),
    ],
    orgs: [
      org(sunshine, DEMO_ORG_NAME, 'verified', owner._id),
      {
        ...org(fresh, DEMO_PENDING_ORG_NAME, 'pending', pendingOwner._id),
        contact: { name: '周敏', mobile: '13900006666', email: 'xinmiao@demo.shsw.cn' },
        // Returned once for a blurred certificate, then sent again: waiting in the bureau's queue.
        statusHistory: [
          { status: 'pending', at: new Date(now.getTime() - 5 * 86_400_000), by: pendingOwner._id, reason: null },
          { status: 'rejected', at: new Date(now.getTime() - 3 * 86_400_000), by: null, reason: PENDING_ORG_RETURNED },
          { status: 'pending', at: new Date(now.getTime() - 86_400_000), by: pendingOwner._id, reason: 'resubmitted' },
        ],
        verification: {
          decidedAt: new Date(now.getTime() - 3 * 86_400_000),
          decidedBy: null,
          reason: PENDING_ORG_RETURNED,
        },
        createdAt: new Date(now.getTime() - 5 * 86_400_000),
      },
    ],
    workerId: worker._id,
  };
}

/** Removes every collection's documents (the seed's --reset). */
export async function clearDatabase(): Promise<void> {
  const db = mongoose.connection.db;
  if (!db) throw new Error('not connected');
  // Dropped, not emptied: FerretDB cannot delete more than 65,535 documents in one statement.
  for (const { name } of await db.listCollections().toArray()) await db.collection(name).drop();
  await ensureIndexes();
}

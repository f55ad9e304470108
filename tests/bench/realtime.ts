// The realtime benchmark (issue: live notifications and job alerts).
//   npm run build && node --conditions=source --import tsx tests/bench/realtime.ts [--sockets 5000] [--matching 1000] [--rounds 3]
// Starts the built server in its own process on a fresh embedded database, connects 5,000
// authenticated socket.io clients, gives 1,000 of them a saved search the next position will
// satisfy (the rest one it narrowly misses), publishes the position through the API and times,
// for every matching client, publish → notification on its socket. Prints p50/p95/max and memory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { hashPassword } from '@shsw/server/modules/accounts/index';
import { connectMongoose, disconnectMongoose } from '@shsw/server/platform/db/connect';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { ensureIndexes } from '@shsw/server/platform/db/indexes';
import { createLogger } from '@shsw/server/platform/logger';
import { generateCreditCode, PRIVACY_NOTICE_VERSION } from '@shsw/shared';
import mongoose from 'mongoose';
import { io, type Socket } from 'socket.io-client';
import { fmt, machine, percentile, startAppProcess, waitForLog } from './bench-kit.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const socketsWanted = arg('sockets', 5_000);
const matching = arg('matching', 1_000);
const rounds = arg('rounds', 5);

const log = createLogger('warn', 'bench');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-rt-'));
const db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log });
const dbName = 'realtime';
await connectMongoose(db.uri, dbName);
await ensureIndexes();

// Workers with sessions, written directly (as sign-in would): a token per worker, stored hashed.
const now = new Date();
const workers = Array.from({ length: socketsWanted }, (_, i) => ({
  _id: new mongoose.Types.ObjectId(),
  token: crypto.randomBytes(32).toString('base64url'),
  matches: i < matching,
}));
const hash = (t: string) => crypto.createHash('sha256').update(t).digest('hex');
const col = (name: string) => mongoose.connection.collection<{ _id: unknown }>(name);
for (let i = 0; i < workers.length; i += 2_000) {
  const slice = workers.slice(i, i + 2_000);
  await col('users').insertMany(
    slice.map((w) => ({
      _id: w._id,
      login: `bench-${w._id.toHexString()}@bench.invalid`,
      loginKind: 'email',
      passwordHash: '!',
      displayName: '基准测试',
      role: 'worker',
      status: 'active',
      orgId: null,
      orgRole: null,
      consents: [],
      createdAt: now,
      updatedAt: now,
    })),
  );
  await col('sessions').insertMany(
    slice.map((w) => ({
      _id: hash(w.token),
      userId: w._id,
      role: 'worker',
      orgId: null,
      orgRole: null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 86_400_000),
      ip: null,
      userAgent: 'bench',
    })),
  );
  // 1,000 searches the position satisfies; the others narrowly miss (another district).
  await col('saved_searches').insertMany(
    slice.map((w) => ({
      _id: new mongoose.Types.ObjectId(),
      userId: w._id,
      name: '养老岗位',
      query: {
        domain: ['elderly_care'],
        district: [w.matches ? '310104' : '310115'],
        street: [],
        employmentType: [],
        talentCategory: [],
        orgType: [],
      },
      frequency: 'instant',
      lastNotifiedAt: null,
      createdAt: now,
    })),
  );
}
// The organisation owner: sign-up goes through a mailed link, and this production-mode app sends
// no mail, so the account is written as a followed link would have made it; it signs in by the API.
await mongoose.connection.collection('users').insertOne({
  _id: new mongoose.Types.ObjectId(),
  login: 'owner@bench.invalid',
  loginKind: 'email',
  passwordHash: await hashPassword('bench-owner-password-1'),
  displayName: '基准机构',
  role: 'org',
  status: 'active',
  orgId: null,
  orgRole: null,
  emailVerifiedAt: now,
  consents: [{ kind: 'privacy_notice', noticeVersion: PRIVACY_NOTICE_VERSION, grantedAt: now }],
  createdAt: now,
  updatedAt: now,
});
await disconnectMongoose();

const app = await startAppProcess({ MONGODB_URI: db.uri, MONGODB_DB: dbName });
try {
  await waitForLog(app, 'search index built', 300_000);

  // The organisation owner signs in, registers its organisation and is verified through the API.
  const jar = new Map<string, string>();
  let csrf = '';
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(`${app.url}${url}`, {
      method,
      headers: {
        'content-type': 'application/json',
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = (pair ?? '').split('=');
      if (k && v) jar.set(k, v);
    }
    const json = (await res.json()) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') csrf = json.csrfToken;
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  await call('GET', '/api/auth/csrf');
  await call('POST', '/api/auth/sign-in', { login: 'owner@bench.invalid', password: 'bench-owner-password-1' });
  const org = await call('POST', '/api/organisations', {
    name: '基准测试社会工作服务社',
    creditCode: generateCreditCode(Math.random, { authority: '5', type: '2', districtCode: '310104' }),
    type: 'social_work_agency',
    districtCode: '310104',
    streetCode: '310104014',
    address: '漕溪北路 1 号',
    contact: { name: '王', mobile: '13900001111', email: null },
    staff: { fullTime: 10, certified: 4, swBachelorPlus: 2, qualified: 5 },
    charterStatesSocialWorkAims: true,
  });
  await connectMongoose(db.uri, dbName);
  // Verified as the bureau would (the queue itself is tested elsewhere).
  await mongoose.connection.db
    ?.collection('organisations')
    .updateOne({ _id: new mongoose.Types.ObjectId(String(org.id)) }, { $set: { status: 'verified' } });
  await disconnectMongoose();

  // 5,000 authenticated sockets; each records when notifications of the current round arrive.
  let round = 0;
  const sockets: Socket[] = [];
  const arrivals = new Map<number, number[]>();
  const connectStarted = Date.now();
  for (let i = 0; i < workers.length; i += 250) {
    await Promise.all(
      workers.slice(i, i + 250).map(
        (w, k) =>
          new Promise<void>((resolve, reject) => {
            const s = io(app.url, {
              path: '/socket.io',
              transports: ['websocket'],
              reconnection: false,
              forceNew: true,
              extraHeaders: { cookie: `shsw.sid=${w.token}`, origin: app.url },
            });
            s.on('notification', () => {
              const t = performance.now();
              const list = arrivals.get(round) ?? [];
              list.push(t);
              arrivals.set(round, list);
            });
            s.once('connect', () => resolve());
            s.once('connect_error', reject);
            sockets[i + k] = s;
          }),
      ),
    );
  }
  const connectMs = Date.now() - connectStarted;
  const rssConnected = app.rssMb();

  const latencies: number[] = [];
  const lastDelivery: number[] = [];
  for (round = 0; round < rounds; round += 1) {
    const draft = await call('POST', '/api/positions', {
      title: `长者照护社工 ${round + 1}`,
      primaryDomain: 'elderly_care',
      secondaryDomain: null,
      talentCategory: 'practice',
      description: '负责社区长者个案服务与小组活动。',
      districtCode: '310104',
      streetCode: '310104014',
      headcount: 1,
      employmentType: 'full_time',
      salaryMin: 8000,
      salaryMax: 10000,
      minCertificate: 'none',
      minEducation: 'none',
      socialWorkMajorRequired: false,
      minYearsInDomain: 0,
      skills: [],
      benefits: [],
      governmentPurchase: null,
      deadline: null,
    });
    const t0 = performance.now();
    await call('POST', `/api/positions/${String(draft.id)}/status`, { to: 'open', acknowledgeBelowGuidance: true });
    const deadline = Date.now() + 30_000;
    while ((arrivals.get(round)?.length ?? 0) < matching && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    const times = (arrivals.get(round) ?? []).map((t) => t - t0).sort((a, b) => a - b);
    if (times.length !== matching)
      throw new Error(`round ${round}: ${times.length} of ${matching} delivered within 30 s`);
    latencies.push(...times);
    lastDelivery.push(times[times.length - 1] ?? Number.NaN);
    // Let the publish's other followers (statistics, search index, profile alerts) finish, so each
    // round measures one publish on a settled server.
    await new Promise((r) => setTimeout(r, 2_000));
    const extra = (arrivals.get(round)?.length ?? 0) - matching;
    if (extra !== 0) throw new Error(`round ${round}: ${extra} notifications to workers whose searches do not match`);
  }
  latencies.sort((a, b) => a - b);
  // The server's own breakdown of each publish's alerts (match in process, claim, store + emit).
  const breakdown = app.logs
    .filter((l) => l.msg === 'saved-search alerts sent')
    .map((l) => `${l.matchMs}/${l.claimMs}/${l.notifyMs}`);
  for (const s of sockets) s.disconnect();

  console.log(`
Realtime benchmark — ${new Date().toISOString().slice(0, 10)}
machine: ${machine()}
database: ${db.engine}; ${socketsWanted} connected sockets, ${matching} saved searches matching each published position, ${rounds} rounds

| measure | value | target |
|---|---|---|
| publish → notification, p50 (over ${latencies.length} deliveries) | ${fmt(percentile(latencies, 50))} ms | |
| publish → notification, p95 | ${fmt(percentile(latencies, 95))} ms | |
| publish → last of ${matching} deliveries, per round | ${lastDelivery.map((t) => `${fmt(t, 0)} ms`).join(', ')} | all within 1 s |
| server: match / claim / store + emit, per round | ${breakdown.join(', ')} ms | |
| connecting ${socketsWanted} sockets | ${fmt(connectMs / 1000)} s | |
| server RSS with ${socketsWanted} sockets / peak | ${fmt(rssConnected, 0)} / ${fmt(app.peakRssMb(), 0)} MB | |
`);
} finally {
  await app.stop();
  await db.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

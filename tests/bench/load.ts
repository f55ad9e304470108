// The load benchmark (issue: an embedded database that holds under load).
//   npm run build && node --conditions=source --import tsx tests/bench/load.ts
//     [--data-dir DIR]     reuse a data dir (e.g. one seeded with `npm run seed -- --preset scale-2025`)
//     [--clients 50] [--seconds 60] [--samples 40] [--skip-mixed] [--skip-single] [--skip-fairness]
//     [--slow-ms N]       log the app's database commands slower than N ms and print them by shape
// Starts the built server in its own process on the embedded default (the demo data seeded into an
// empty data dir, as `npm start` does), then measures through the HTTP API:
//   1. the mixed load: N clients, each a signed-in worker, 60 % position search, 30 % position
//      pages, 10 % applications (8 % their list, 2 % applying); requests/s, p50/p95/p99, errors;
//   2. single requests, one at a time: every list, and create / publish / apply / move / hire;
//   3. fairness: another user's p95 alone, and while one user keeps 20 heavy requests in flight.
import fs from 'node:fs';
import path from 'node:path';
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { Random } from '@shsw/server/demo/random';
import { PRIVACY_NOTICE_VERSION, serviceDomains } from '@shsw/shared';
import { makeReady } from '../factories/profiles.js';
import { fmt, machine, percentile, startAppProcess, waitForLog } from './bench-kit.js';
import { type Session, session, signUpWorker } from './http-session.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const flag = (name: string) => process.argv.includes(`--${name}`);
const dataDirArg = (() => {
  const i = process.argv.indexOf('--data-dir');
  return i > 0 ? path.resolve(process.argv[i + 1] ?? '') : undefined;
})();
const clients = arg('clients', 50);
const seconds = arg('seconds', 60);
const samples = arg('samples', 40);

/** A data dir's own secrets, so records encrypted by the seed stay readable. */
function secretsOf(dir: string | undefined): Record<string, string> {
  if (!dir) return {};
  const read = (name: string) => {
    try {
      return fs.readFileSync(path.join(dir, name), 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  const out: Record<string, string> = { DATA_DIR: dir };
  const session = read('session-secret');
  const key = read('data-encryption-key');
  if (session) out.SESSION_SECRET = session;
  if (key) out.DATA_ENCRYPTION_KEY = key;
  return out;
}

const spawned = Date.now();
const slowMs = arg('slow-ms', 0);
const app = await startAppProcess({
  SEED_DEMO: 'if-empty',
  ...secretsOf(dataDirArg),
  ...(slowMs > 0 ? { SLOW_QUERY_MS: String(slowMs) } : {}),
});
const built = await waitForLog(app, 'search index built', 1_800_000);
const started = await waitForLog(app, 'listening', 60_000);
const url = app.url;
const dbEngine = String(started.db);
const readyMs = Date.now() - spawned;
console.log(`machine: ${machine()}`);
console.log(`database: ${dbEngine}; start to search ready: ${fmt(readyMs / 1000)} s (${JSON.stringify(built)})`);

type Category = 'search' | 'position' | 'my-applications' | 'apply';
interface Sample {
  category: Category;
  ms: number;
  status: number;
}

try {
  // The positions the load visits: open ones, found through search as a visitor would.
  const anon = await session(url);
  const openIds: string[] = [];
  for (let page = 1; page <= 10 && openIds.length < 1_000; page += 1) {
    const res = await anon.get<{ hits: { id: string }[] }>(`/api/positions/search?pageSize=100&page=${page}`);
    openIds.push(...res.body.hits.map((h) => h.id));
    if (res.body.hits.length < 100) break;
  }
  if (openIds.length === 0) throw new Error('no open positions to load');
  console.log(`open positions visited: ${openIds.length}`);

  // One signed-in worker per client, each with a few applications already.
  const rng = new Random(2026);
  const workers: Session[] = [];
  for (let c = 0; c < clients; c += 1) {
    const worker = await signUpWorker(url, PRIVACY_NOTICE_VERSION, app.mailbox);
    await makeReady(worker); // applying needs phone, district, education and a domain
    workers.push(worker);
  }
  const appliedBy = new Map<Session, Set<string>>(workers.map((w) => [w, new Set<string>()]));
  for (const w of workers) {
    for (let k = 0; k < 3; k += 1) {
      const id = rng.pick(openIds);
      const res = await w.post(`/api/positions/${id}/applications`, { note: '' });
      if (res.status === 201) appliedBy.get(w)?.add(id);
    }
  }

  const words = ['养老', '社区', '社工', '儿童', '医院社工', '个案工作', '禁毒', '残障', '青少年', '调解', ''];
  const districts = ['310101', '310104', '310105', '310106', '310107', '310110', '310112', '310115'];
  const searchUrl = () => {
    const params = new URLSearchParams();
    const q = rng.pick(words);
    if (q) params.set('q', q);
    if (rng.chance(0.4)) params.append('domain', rng.pick(serviceDomains).code);
    if (rng.chance(0.3)) params.append('district', rng.pick(districts));
    if (rng.chance(0.2)) params.set('sort', rng.pick(['newest', 'salary']));
    if (rng.chance(0.2)) params.set('page', String(rng.int(2, 3)));
    return `/api/positions/search?${params}`;
  };

  // 1. The mixed load.
  if (!flag('skip-mixed')) {
    const rssBefore = app.rssMb();
    const results: Sample[] = [];
    const failures: string[] = [];
    const end = Date.now() + seconds * 1000;
    await Promise.all(
      workers.map(async (w) => {
        while (Date.now() < end) {
          const roll = rng.next();
          let category: Category;
          let call: () => Promise<{ status: number }>;
          if (roll < 0.6) {
            category = 'search';
            const u = searchUrl();
            call = () => w.get(u);
          } else if (roll < 0.9) {
            category = 'position';
            const id = rng.pick(openIds);
            call = () => w.get(`/api/positions/${id}`);
          } else if (roll < 0.98) {
            category = 'my-applications';
            call = () => w.get('/api/me/applications');
          } else {
            category = 'apply';
            const mine = appliedBy.get(w) ?? new Set<string>();
            const id = openIds.find((p) => !mine.has(p) && rng.chance(0.05)) ?? rng.pick(openIds);
            mine.add(id);
            call = () => w.post(`/api/positions/${id}/applications`, { note: '' });
          }
          const t0 = performance.now();
          try {
            const res = await call();
            results.push({ category, ms: performance.now() - t0, status: res.status });
            if (res.status >= 500) failures.push(`${category} ${res.status}`);
          } catch (err) {
            results.push({ category, ms: performance.now() - t0, status: 0 });
            failures.push(`${category} ${err instanceof Error ? err.message : String(err)}`);
          }
        }
      }),
    );
    const rssAfter = app.rssMb();
    const line = (label: string, rows: readonly Sample[]) => {
      const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
      const notOk = rows.filter((r) => r.status >= 400 && r.status < 500).length;
      console.log(
        `  ${label.padEnd(16)} n=${String(rows.length).padStart(6)}  p50 ${fmt(percentile(ms, 50)).padStart(7)}  p95 ${fmt(percentile(ms, 95)).padStart(7)}  p99 ${fmt(percentile(ms, 99)).padStart(7)} ms${notOk ? `  (${notOk} answered 4xx)` : ''}`,
      );
    };
    console.log(
      `\n1. mixed load: ${clients} clients, ${seconds} s: ${fmt(results.length / seconds)} requests/s, ${failures.length} errors (5xx or no answer); app RSS ${fmt(rssBefore, 0)} → ${fmt(rssAfter, 0)} MB`,
    );
    line('all', results);
    for (const c of ['search', 'position', 'my-applications', 'apply'] as const) {
      line(
        c,
        results.filter((r) => r.category === c),
      );
    }
    if (failures.length > 0) console.log(`  first errors: ${failures.slice(0, 5).join('; ')}`);
  }

  // 2. Single requests, one at a time.
  if (!flag('skip-single')) await singleRequests(url, samples);

  // 3. Fairness.
  if (!flag('skip-fairness')) await fairness(url);
  if (slowMs > 0) {
    // With --slow-ms: which database commands were slow, by collection and filter shape.
    const slow = new Map<string, { n: number; ms: number }>();
    for (const line of app.logs) {
      const db = line.db as { name?: string; collection?: unknown; shape?: string; ms?: number } | undefined;
      if (line.msg !== 'slow database command' || !db) continue;
      const key = `${db.name} ${String(db.collection)} ${db.shape ?? ''}`;
      const entry = slow.get(key) ?? { n: 0, ms: 0 };
      entry.n += 1;
      entry.ms += db.ms ?? 0;
      slow.set(key, entry);
    }
    console.log(`\nslow database commands (≥ ${slowMs} ms):`);
    for (const [key, v] of [...slow].sort((a, b) => b[1].n - a[1].n).slice(0, 15)) {
      console.log(`  ${String(v.n).padStart(6)} × avg ${fmt(v.ms / v.n, 0).padStart(5)} ms  ${key}`);
    }
  }
} finally {
  await app.stop();
}

async function timeEach(label: string, n: number, call: (i: number) => Promise<{ status: number }>, ok = 299) {
  const ms: number[] = [];
  let bad = 0;
  for (let i = 0; i < n; i += 1) {
    const t0 = performance.now();
    const res = await call(i);
    ms.push(performance.now() - t0);
    if (res.status > ok) bad += 1;
  }
  ms.sort((a, b) => a - b);
  console.log(
    `  ${label.padEnd(42)} p50 ${fmt(percentile(ms, 50)).padStart(7)}  p95 ${fmt(percentile(ms, 95)).padStart(7)} ms${bad ? `  (${bad} failed)` : ''}`,
  );
  return percentile(ms, 95);
}

async function singleRequests(url: string, n: number): Promise<void> {
  console.log(`\n2. single requests, one at a time (${n} samples each)`);
  const worker = await session(url, demoAccounts.worker);
  const owner = await session(url, demoAccounts.owner);
  const bureau = await session(url, demoAccounts.bureau);
  const admin = await session(url, demoAccounts.admin);
  const mine = await owner.get<{ items: { id: string; applicantCounts: Record<string, number> | null }[] }>(
    '/api/org/positions?pageSize=100',
  );
  const busiest = [...mine.body.items].sort(
    (a, b) =>
      Object.values(b.applicantCounts ?? {}).reduce((s, x) => s + x, 0) -
      Object.values(a.applicantCounts ?? {}).reduce((s, x) => s + x, 0),
  )[0];
  console.log(' lists');
  await timeEach('GET /api/me/applications', n, () => worker.get('/api/me/applications'));
  await timeEach('GET /api/notifications', n, () => worker.get('/api/notifications'));
  await timeEach('GET /api/me/saved-searches', n, () => worker.get('/api/me/saved-searches'));
  await timeEach('GET /api/me/matches', n, () => worker.get('/api/me/matches'));
  await timeEach('GET /api/org/positions', n, () => owner.get('/api/org/positions'));
  if (busiest) {
    await timeEach('GET /api/positions/:id/applications', n, () =>
      owner.get(`/api/positions/${busiest.id}/applications`),
    );
  }
  await timeEach('GET /api/talent/search', n, () => owner.get('/api/talent/search?q=社工'));
  await timeEach('GET /api/positions/search', n, (i) => worker.get(`/api/positions/search?q=养老&page=${(i % 3) + 1}`));
  await timeEach('GET /api/bureau/organisations', n, () => bureau.get('/api/bureau/organisations'));
  await timeEach('GET /api/bureau/certificates', n, () => bureau.get('/api/bureau/certificates'));
  await timeEach('GET /api/admin/users', n, () => admin.get('/api/admin/users'));
  await timeEach('GET /api/admin/audit', n, () => admin.get('/api/admin/audit'));
  await timeEach('GET /api/reports', n, () => worker.get('/api/reports'));

  console.log(' writes');
  const body = (i: number) => ({
    title: `养老服务社工 ${i}`,
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
    skills: ['个案工作'],
    benefits: [],
    governmentPurchase: null,
    deadline: null,
  });
  const drafts: string[] = [];
  await timeEach('POST /api/positions (create)', n, async (i) => {
    const res = await owner.post<{ id: string }>('/api/positions', body(i));
    drafts.push(res.body.id);
    return res;
  });
  await timeEach('POST /api/positions/:id/status (publish)', n, (i) =>
    owner.post(`/api/positions/${drafts[i]}/status`, { to: 'open', acknowledgeBelowGuidance: true }),
  );
  const applicants: Session[] = [];
  for (let i = 0; i < n; i += 1) applicants.push(await signUpWorker(url, PRIVACY_NOTICE_VERSION, app.mailbox));
  const applications: string[] = [];
  await timeEach('POST /api/positions/:id/applications (apply)', n, async (i) => {
    const res = await (applicants[i] as Session).post<{ id: string }>(`/api/positions/${drafts[i]}/applications`, {
      note: '我有三年养老服务经验',
    });
    applications.push(res.body.id);
    return res;
  });
  await timeEach('POST /api/applications/:id/status (move)', n, (i) =>
    owner.post(`/api/applications/${applications[i]}/status`, { to: 'shortlisted' }),
  );
  for (let i = 0; i < n; i += 1) {
    await owner.post(`/api/applications/${applications[i]}/status`, { to: 'offered', message: '欢迎加入' });
    await (applicants[i] as Session).post(`/api/applications/${applications[i]}/status`, { to: 'accepted' });
  }
  await timeEach('POST /api/applications/:id/status (hire)', n, (i) =>
    owner.post(`/api/applications/${applications[i]}/status`, { to: 'hired' }),
  );
}

async function fairness(url: string): Promise<void> {
  console.log('\n3. fairness: one user keeps 20 heavy requests in flight; another user one request at a time');
  const other = await session(url, demoAccounts.worker);
  const heavy = await session(url, demoAccounts.owner);
  const probe = (i: number) => (i % 2 === 0 ? other.get('/api/auth/me') : other.get('/api/me/applications'));
  const alone = await timeEach("another user's requests, alone", 400, probe);
  let stop = false;
  let heavyDone = 0;
  const heavyUrls = ['/api/org/positions?pageSize=100', '/api/talent/search?q=社工&pageSize=100', '/api/me/export'];
  const loops = Array.from({ length: 20 }, async (_, k) => {
    let i = k;
    while (!stop) {
      await heavy.get(heavyUrls[i % heavyUrls.length] ?? '');
      heavyDone += 1;
      i += 1;
    }
  });
  await new Promise((r) => setTimeout(r, 1_000));
  const loaded = await timeEach("another user's requests, during the 20", 400, probe);
  stop = true;
  await Promise.all(loops);
  console.log(`  p95 ratio ${fmt(loaded / alone, 2)}× (heavy requests completed meanwhile: ${heavyDone})`);
}

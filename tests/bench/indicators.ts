// The indicator dashboard at the plan's 2025 scale (issue 14, item 4: ≤ 50 ms p95 however many
// writes happen).
//   npm run build && node --conditions=source --import tsx tests/bench/indicators.ts
//     [--data-dir DIR] [--seed-only] [--requests 2000] [--writers 2] [--probes 20] [--no-check]
// Fills a fresh embedded database (FerretDB) with the scale-2025 preset — 200,000 talent records,
// 20,000 positions, about 1,000,000 applications — starts the built app in its own process, and
// times `GET /api/indicators` while other loops keep writing (profile edits by signed-in workers,
// each one a statistics outbox entry and an aggregate update). Also: how long after a write the
// dashboard shows it. --data-dir DIR keeps the seeded database there and reuses it on the next
// run (the seed takes ~7 minutes); without it a temporary one is seeded and removed. Last, unless
// --no-check, the aggregate is compared with the counts recomputed from every fact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { seedDemo } from '@shsw/server/demo/seed';
import { SalaryGuidanceService } from '@shsw/server/modules/positions/index';
import { FactsService, IndicatorAggregate, indicatorCounts } from '@shsw/server/modules/statistics/index';
import { connectMongoose, disconnectMongoose } from '@shsw/server/platform/db/connect';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { ensureIndexes } from '@shsw/server/platform/db/indexes';
import { DomainEventBus } from '@shsw/server/platform/events/domain-events';
import { createLogger } from '@shsw/server/platform/logger';
import { type IndicatorDashboard, PRIVACY_NOTICE_VERSION } from '@shsw/shared';
import { type AppProcess, fmt, machine, percentile, startAppProcess, waitForLog } from './bench-kit.js';
import { type Session, signUpWorker } from './http-session.js';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const has = (name: string) => process.argv.includes(`--${name}`);
const requests = Number(option('requests') ?? 2_000);
const writers = Number(option('writers') ?? 2);
const probes = Number(option('probes') ?? 20);
/** Smaller platforms, to try the script out: --workers 2000 --positions 200 --applicants 5. */
const overrides = {
  ...(option('workers') ? { workers: Number(option('workers')) } : {}),
  ...(option('positions') ? { positions: Number(option('positions')) } : {}),
  ...(option('applicants') ? { maxApplicants: Number(option('applicants')) } : {}),
};

const log = createLogger('warn', 'bench');
const keptDir = option('data-dir');
const dataDir = keptDir ? path.resolve(keptDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-db-'));
const marker = path.join(dataDir, 'bench-seeded.json');
const reuse = keptDir !== undefined && fs.existsSync(marker);
const db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log });
const dbName = 'bench';
const rows: [string, string][] = [];
const record = (k: string, v: string) => {
  console.log(`  ${k}: ${v}`);
  rows.push([k, v]);
};
const ms = (n: number) => `${fmt(n)} ms`;
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${ms(percentile(s, 50))}, p95 ${ms(percentile(s, 95))}, p99 ${ms(percentile(s, 99))}, max ${ms(s.at(-1) ?? Number.NaN)} (${s.length})`;
};
const sleep = (t: number) => new Promise((r) => setTimeout(r, t));

/** A talent (a social-work degree) whose record the loops edit. */
async function talentWorker(app: AppProcess): Promise<Session> {
  const w = await signUpWorker(app.url, PRIVACY_NOTICE_VERSION, app.mailbox);
  const res = await w.patch('/api/me/profile', {
    personal: {
      name: '压测社工',
      birthYear: 1990,
      gender: 'female',
      districtCode: '310104',
      streetCode: '310104014',
      mobile: '13800001111',
      email: null,
    },
    education: [
      { level: 'bachelor', school: '华东理工大学', major: '社会工作', field: 'social_work', graduationYear: 2012 },
    ],
    serviceDomains: ['elderly_care'],
    openToWork: true,
  });
  if (res.status !== 200) throw new Error(`profile: ${res.status} ${res.text}`);
  return w;
}

async function dashboard(app: AppProcess): Promise<[IndicatorDashboard, number]> {
  const started = performance.now();
  const res = await fetch(`${app.url}/api/indicators`);
  const body = (await res.json()) as IndicatorDashboard;
  const took = performance.now() - started;
  if (!res.ok) throw new Error(`${res.status} for /api/indicators`);
  return [body, took];
}

const youth = (d: IndicatorDashboard) =>
  d.indicators.find((i) => i.code === 'youth_workers_per_100k_youth')?.numerator ?? Number.NaN;

/**
 * After the run, the aggregate against the recomputation from every fact (the oracle of
 * tests/integration/indicator-aggregate.test.ts), at this scale: what the app left in the
 * statistics outbox is applied here first, through the aggregate as the app does.
 */
async function check(): Promise<void> {
  await connectMongoose(db.uri, dbName);
  try {
    const facts = new FactsService(new SalaryGuidanceService(new DomainEventBus()), log);
    const aggregate = new IndicatorAggregate(log, () => facts.ensureBuilt());
    facts.observe({ workersWritten: aggregate.workersWritten, rebuilt: () => aggregate.rebuild() });
    const loaded = await facts.load();
    const stored = await aggregate.read();
    const oracle = indicatorCounts(loaded);
    const same = stored !== null && JSON.stringify(sortKeys(stored.counts)) === JSON.stringify(sortKeys(oracle));
    record(
      'after the run: aggregate = indicatorCounts(every fact)',
      same
        ? `yes (talent ${oracle.talent}, certified ${oracle.certified})`
        : `NO: ${JSON.stringify(stored?.counts)} vs ${JSON.stringify(oracle)}`,
    );
  } finally {
    await disconnectMongoose();
  }
}

function sortKeys(o: object): object {
  return Object.fromEntries(
    Object.entries(o)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, v && typeof v === 'object' ? sortKeys(v) : v]),
  );
}

async function measure(): Promise<void> {
  const app = await startAppProcess({ MONGODB_URI: db.uri, MONGODB_DB: dbName });
  try {
    const spawned = Date.now();
    const ready = await waitForLog(app, 'indicator aggregate ready', 3_600_000);
    const factsReady = app.logs.find((l) => l.msg === 'statistics facts ready');
    record(
      'first start: statistics facts ready → indicator aggregate rebuilt',
      ms(Number(ready.time) - Number(factsReady?.time ?? ready.time)),
    );
    record('first start: spawn → indicator aggregate ready', `${fmt((Number(ready.time) - spawned) / 1000)} s`);
    // The start-up search index build shares the two cores: measured after it.
    await waitForLog(app, 'search index built', 3_600_000);

    const idle: number[] = [];
    for (let i = 0; i < 200; i++) idle.push((await dashboard(app))[1]);
    record('GET /api/indicators, no writes', spread(idle));

    const editors: Session[] = [];
    for (let i = 0; i < writers; i++) editors.push(await talentWorker(app));
    const probe = await talentWorker(app);
    let writing = true;
    const writes: number[] = [];
    // Each editor moves the migration figure; the probe alone moves the youth-affairs one.
    const loops = editors.map(async (w, k) => {
      for (let n = k; writing; n++) {
        const started = performance.now();
        const res = await w.patch('/api/me/profile', {
          serviceDomains: n % 2 === 0 ? ['elderly_care', 'migration'] : ['elderly_care'],
        });
        if (res.status !== 200) throw new Error(`edit: ${res.status} ${res.text}`);
        writes.push(performance.now() - started);
      }
    });
    const loopsDone = Promise.all(loops);

    // How long until a write shows: the probe toggles youth affairs, the dashboard is polled.
    const visible: number[] = [];
    const probing = (async () => {
      for (let n = 0; n < probes; n++) {
        const [before] = await dashboard(app);
        const expected = youth(before) + (n % 2 === 0 ? 1 : -1);
        const started = performance.now();
        const res = await probe.patch('/api/me/profile', {
          serviceDomains: n % 2 === 0 ? ['elderly_care', 'youth_affairs'] : ['elderly_care'],
        });
        if (res.status !== 200) throw new Error(`probe edit: ${res.status} ${res.text}`);
        for (;;) {
          const [d] = await dashboard(app);
          if (youth(d) === expected) break;
          if (performance.now() - started > 120_000) throw new Error('a write did not show within 2 minutes');
          await sleep(10);
        }
        visible.push(performance.now() - started);
        await sleep(200);
      }
    })();

    const loaded: number[] = [];
    const readStarted = performance.now();
    for (let i = 0; i < requests; i++) loaded.push((await dashboard(app))[1]);
    const readSeconds = (performance.now() - readStarted) / 1000;
    await probing;
    writing = false;
    await loopsDone;
    record(
      `GET /api/indicators, ${requests} in sequence while ${writers} workers edit their records without pause`,
      spread(loaded),
    );
    record('dashboard requests per second (one client, in sequence)', fmt(requests / readSeconds, 0));
    record(`profile edits meanwhile (PATCH /api/me/profile, ${writers} loops)`, `${writes.length}: ${spread(writes)}`);
    record(
      'a write to the dashboard: PATCH sent → figure changed (probe, dashboard polled every 10 ms)',
      spread(visible),
    );
    record('server RSS / peak', `${fmt(app.rssMb(), 0)} / ${fmt(app.peakRssMb(), 0)} MB`);
  } finally {
    await app.stop();
  }
  if (!has('no-check')) await check();
  console.log(`
Indicators benchmark — ${new Date().toISOString().slice(0, 10)}
machine: ${machine()}; load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}
database: ${db.engine}; ${seededLabel}

| measure | value |
|---|---|
${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}
`);
}

let seededLabel = '';
try {
  if (reuse) {
    seededLabel = fs.readFileSync(marker, 'utf8');
    console.log(`database: ${db.engine}; reusing ${seededLabel}`);
  } else {
    console.log(`database: ${db.engine}; seeding the scale-2025 preset…`);
    await connectMongoose(db.uri, dbName);
    await ensureIndexes();
    const seeded = await seedDemo({ preset: 'scale-2025', overrides });
    await disconnectMongoose();
    seededLabel = JSON.stringify({
      workers: seeded.workers,
      positions: seeded.positions,
      applications: seeded.applications,
      seedSeconds: Math.round(seeded.ms / 1000),
    });
    console.log(`seeded in ${fmt(seeded.ms / 1000)} s: ${seededLabel}`);
    if (keptDir) fs.writeFileSync(marker, seededLabel);
  }
  if (!has('seed-only')) await measure();
} finally {
  await db.stop();
  if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

// The reports benchmark at the plan's 2025 scale (issue: periodic supply/demand reports).
//   npm run build && node --conditions=source --import tsx tests/bench/reports.ts [--workers 200000]
//     [--positions 20000] [--applicants 100] [--data-dir DIR] [--rebuild] [--http]
// Fills a fresh embedded database (FerretDB) with the demo generator — 200,000 talent records,
// 20,000 positions and about 1,000,000 applications over two years — then times a quarterly
// report: reading the statistics facts from their projection and computing the figures, in
// process; with --rebuild also the fallback of rebuilding the projection from the records; with
// --http the same through the running product (preview, publish, XLSX, CSV, indicator dashboard).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { findRepoRoot } from '@shsw/server/config';
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { SalaryGuidanceService } from '@shsw/server/modules/positions/index';
import { computeReport, computeReportYielding } from '@shsw/server/modules/statistics/compute/index';
import { FactsService } from '@shsw/server/modules/statistics/index';
import { connectMongoose, disconnectMongoose } from '@shsw/server/platform/db/connect';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { ensureIndexes } from '@shsw/server/platform/db/indexes';
import { DomainEventBus } from '@shsw/server/platform/events/domain-events';
import { createLogger } from '@shsw/server/platform/logger';
import { fmt, machine, signIn, startAppProcess, timedGet, waitForLog } from './bench-kit.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const has = (name: string) => process.argv.includes(`--${name}`);
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const workers = arg('workers', 200_000);
const positions = arg('positions', 20_000);
const applicants = arg('applicants', 100);

// The last quarter that has ended, in Shanghai.
const sh = new Date(Date.now() + 8 * 3_600_000);
const q = Math.floor(sh.getUTCMonth() / 3);
const quarter = q === 0 ? `${sh.getUTCFullYear() - 1}-Q4` : `${sh.getUTCFullYear()}-Q${q}`;
const month = `${sh.getUTCFullYear()}-${String(sh.getUTCMonth() === 0 ? 12 : sh.getUTCMonth()).padStart(2, '0')}`;

const log = createLogger('warn', 'bench');
// --data-dir DIR keeps the seeded database there and reuses it on the next run (the 2025-scale
// seed takes ~7 minutes); without it a temporary one is seeded and removed.
const keptDir = option('data-dir');
const dataDir = keptDir ? path.resolve(keptDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-db-'));
const seededFile = path.join(dataDir, 'bench-seeded.json');
const reuse = keptDir !== undefined && fs.existsSync(seededFile);
const db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log });
const dbName = 'bench';
const rows: [string, string][] = [];
/** Rows print as they are measured too: a long run shows its figures before it ends. */
const record = (...measured: [string, string][]) => {
  for (const [k, v] of measured) console.log(`  ${k}: ${v}`);
  rows.push(...measured);
};
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const out = await fn();
  return [out, performance.now() - started];
};

try {
  await connectMongoose(db.uri, dbName);
  let seeded: { workers: number; positions: number; applications: number };
  if (reuse) {
    seeded = JSON.parse(fs.readFileSync(seededFile, 'utf8')) as typeof seeded;
    console.log(`database: ${db.engine}; reusing ${dataDir}: ${JSON.stringify(seeded)}`);
  } else {
    console.log(`database: ${db.engine}; seeding ${workers} talent records, ${positions} positions…`);
    await ensureIndexes();
    const out = await seedDemo({
      preset: 'scale-2025',
      overrides: { workers, positions, maxApplicants: applicants },
    });
    seeded = { workers: out.workers, positions: out.positions, applications: out.applications };
    console.log(
      `seeded in ${fmt(out.ms / 1000)} s: ${out.workers} records, ${out.positions} positions, ${out.applications} applications`,
    );
    record(['demo data seeded (records, projections)', `${fmt(out.ms / 1000)} s`]);
    if (keptDir) fs.writeFileSync(seededFile, JSON.stringify(seeded));
  }

  const guidance = new SalaryGuidanceService(new DomainEventBus());
  const facts = new FactsService(guidance, log);
  // As the server has it: organisations are kept until an organisation event (none here).
  facts.subscribe(new DomainEventBus());
  // The longest the event loop waited during each step: how long any other request would have.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const stall = () => {
    const ms = loop.max / 1e6;
    loop.reset();
    return `${fmt(ms, 0)} ms`;
  };
  const report = async (periodId: string) => {
    const [prepared, readMs] = await time(() => facts.loadPrepared());
    const [figures, computeMs] = await time(() => computeReportYielding(prepared, periodId));
    return { prepared, figures, readMs, computeMs, stall: stall() };
  };
  const total = (r: { readMs: number; computeMs: number }) => `${fmt((r.readMs + r.computeMs) / 1000, 2)} s`;
  const parts = (r: { readMs: number; computeMs: number }) =>
    `${fmt(r.readMs / 1000, 2)} + ${fmt(r.computeMs / 1000, 2)} s`;

  stall();
  const cold = await report(quarter);
  const loaded = await facts.load();
  console.log(
    `facts loaded: ${loaded.positions.length} positions, ${loaded.applications.length} applications, ${loaded.workers.length} workers`,
  );
  record(
    [`quarterly report ${quarter}, nothing held: facts read + figures computed (3 periods)`, parts(cold)],
    ['**quarterly report, nothing held (total)**', `**${total(cold)}** (target ≤ 5 s)`],
    ['  longest event-loop stall during it', cold.stall],
  );
  const warm = await report(quarter);
  record(
    ['quarterly report again, nothing changed: read + compute', parts(warm)],
    ['**quarterly report, facts held (total)**', `**${total(warm)}**`],
    ['  longest event-loop stall during it', warm.stall],
  );
  // Records changed since: every 2,000th position and worker and 200th application applied again
  // by the outbox (each rewrite gives its bucket a new revision).
  const every = <T extends { id: string }>(list: readonly T[], n: number) =>
    list.filter((_, i) => i % n === 0).map((x) => x.id);
  const changed = {
    position: every(loaded.positions, 200),
    worker: every(loaded.workers, 2_000),
    application: every(loaded.applications, 10_000),
  };
  for (const [kind, ids] of Object.entries(changed)) await facts.outbox.enqueue(kind, ids);
  await facts.outbox.drain();
  stall();
  const after = await report(quarter);
  const records = Object.values(changed).reduce((n, ids) => n + ids.length, 0);
  record(
    [`quarterly report after ${records} records changed: read + compute`, parts(after)],
    ['**quarterly report, some records changed (total)**', `**${total(after)}**`],
    ['  longest event-loop stall during it', after.stall],
  );
  const [, monthMs] = await time(() => computeReport(after.prepared, month));
  record([`monthly report ${month}, figures computed`, `${fmt(monthMs / 1000, 2)} s`]);
  record(['benchmark process RSS with the facts held', `${fmt(process.memoryUsage().rss / 2 ** 20, 0)} MB`]);

  // The refreshed facts must be exactly what reading everything again gives.
  const fresh = new FactsService(guidance, log);
  const freshFigures = computeReport(await fresh.loadPrepared(), quarter);
  const same = JSON.stringify({ ...freshFigures, asOf: null }) === JSON.stringify({ ...after.figures, asOf: null });
  record(['report from the refreshed facts equals one from a fresh read', same ? 'yes' : '**NO**']);
  const figures = after.figures;
  console.log(
    `${quarter}: demand ${figures.headline.demand.current.value}, supply ${figures.headline.supply.current.value}, ratio ${figures.headline.ratio.current.value}`,
  );
  if (!same) process.exitCode = 1;
  if (has('rebuild')) {
    const [, rebuildMs] = await time(() => facts.rebuild());
    record([
      'projection rebuilt from the records (fallback; first start after a bulk load)',
      `${fmt(rebuildMs / 1000)} s`,
    ]);
  }
  await disconnectMongoose();

  if (has('http')) {
    const app = await startAppProcess({ MONGODB_URI: db.uri, MONGODB_DB: dbName });
    try {
      // The statistics do not wait for search, but share the machine with its start-up build.
      await waitForLog(app, 'search index built', 3_600_000);
      const bureau = await signIn(app.url, demoAccounts.bureau.login, demoAccounts.bureau.password);
      const headers = { cookie: bureau.cookie };
      const preview = await timedGet(`${app.url}/api/bureau/reports/preview?periodId=${quarter}`, headers);
      const again = await timedGet(`${app.url}/api/bureau/reports/preview?periodId=${quarter}`, headers);
      const [published, publishMs] = await time(() =>
        fetch(`${app.url}/api/bureau/reports`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'x-csrf-token': bureau.csrf },
          body: JSON.stringify({ periodId: quarter, preliminary: true }),
        }),
      );
      if (published.status !== 201) throw new Error(`publish: ${published.status} ${await published.text()}`);
      const xlsx = await timedGet(`${app.url}/api/reports/${quarter}/export.xlsx`);
      const csv = await timedGet(`${app.url}/api/reports/${quarter}/export.csv`);
      const page = await timedGet(`${app.url}/api/reports/${quarter}`);
      const indicators = await timedGet(`${app.url}/api/indicators`);
      record(
        ['HTTP: preview, first (facts read + compute)', `${fmt(preview / 1000, 2)} s`],
        ['HTTP: preview again (facts cached)', `${fmt(again / 1000, 2)} s`],
        ['HTTP: publish (recomputed, frozen, stored)', `${fmt(publishMs / 1000, 2)} s`],
        ['HTTP: published report / XLSX / CSV', `${fmt(page, 0)} / ${fmt(xlsx, 0)} / ${fmt(csv, 0)} ms`],
        ['HTTP: indicator dashboard', `${fmt(indicators, 0)} ms`],
        ['server RSS / peak', `${fmt(app.rssMb(), 0)} / ${fmt(app.peakRssMb(), 0)} MB`],
      );
    } finally {
      await app.stop();
    }
  }

  console.log(`
Reports benchmark — ${new Date().toISOString().slice(0, 10)}
machine: ${machine()}
database: ${db.engine}; ${seeded.workers} talent records, ${seeded.positions} positions, ${seeded.applications} applications

| measure | value |
|---|---|
${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}
`);
} finally {
  await db.stop();
  if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

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
import { findRepoRoot } from '@shsw/server/config';
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { SalaryGuidanceService } from '@shsw/server/modules/positions/index';
import { computeReport } from '@shsw/server/modules/statistics/compute/index';
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

  const facts = new FactsService(new SalaryGuidanceService(new DomainEventBus()), log);
  const [loaded, loadMs] = await time(() => facts.load());
  console.log(
    `facts loaded: ${loaded.positions.length} positions, ${loaded.applications.length} applications, ${loaded.workers.length} workers`,
  );
  const [figures, computeMs] = await time(() => computeReport(loaded, quarter));
  const [, monthMs] = await time(() => computeReport(loaded, month));
  record(
    ['quarterly report, facts read from the projection', `${fmt(loadMs / 1000, 2)} s`],
    [
      `quarterly report ${quarter}, figures computed (3 periods: current, previous, year ago)`,
      `${fmt(computeMs / 1000, 2)} s`,
    ],
    ['**quarterly report, total (read + compute)**', `**${fmt((loadMs + computeMs) / 1000, 2)} s** (target < 30 s)`],
    [`monthly report ${month}, figures computed`, `${fmt(monthMs / 1000, 2)} s`],
    ['benchmark process RSS with the facts loaded', `${fmt(process.memoryUsage().rss / 2 ** 20, 0)} MB`],
  );
  console.log(
    `${quarter}: demand ${figures.headline.demand.current.value}, supply ${figures.headline.supply.current.value}, ratio ${figures.headline.ratio.current.value}`,
  );
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

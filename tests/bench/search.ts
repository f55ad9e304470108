// The search benchmark at the plan's 2025 scale (issue: faceted search and explainable matching).
//   npm run build && node --conditions=source --import tsx tests/bench/search.ts [--workers 200000] [--positions 20000]
//     [--source-reindex]
// Fills a fresh embedded database (FerretDB) with the demo generator, starts the built server
// in its own process on the in-process search engine, and measures through the HTTP API:
// search latency over a fixed, seeded query mix (facets on every request), searches per second
// with 8 concurrent clients, the full reindex at start-up, match latency and memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { Random } from '@shsw/server/demo/random';
import { seedDemo } from '@shsw/server/demo/seed';
import { invalidateProjections } from '@shsw/server/modules/search/index';
import { connectMongoose, disconnectMongoose } from '@shsw/server/platform/db/connect';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { ensureIndexes } from '@shsw/server/platform/db/indexes';
import { createLogger } from '@shsw/server/platform/logger';
import { districts, serviceDomains } from '@shsw/shared';
import { fmt, machine, percentile, signIn, startAppProcess, throughput, timedGet, waitForLog } from './bench-kit.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const workers = arg('workers', 200_000);
const positions = arg('positions', 20_000);
const samples = arg('samples', 1_000);
const seconds = arg('seconds', 20);

const log = createLogger('warn', 'bench');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-db-'));
const db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log });
const dbName = 'bench';
console.log(`database: ${db.engine}; seeding ${workers} talent records and ${positions} positions…`);
await connectMongoose(db.uri, dbName);
await ensureIndexes();
const seeded = await seedDemo({
  preset: 'scale-2025',
  // Applications do not reach the search index; a few per position keep the seed quick.
  overrides: { workers, positions, maxApplicants: 4 },
});
await disconnectMongoose();
console.log(`seeded in ${fmt(seeded.ms / 1000)} s: ${seeded.workers} records, ${seeded.positions} positions`);

// First start: the seed wrote the talent projection beside the records; positions are built from
// the records. With --source-reindex the projections are invalidated first, so everything is
// rebuilt from the source records (22 minutes at 200,000 records on FerretDB).
const sourceReindex = process.argv.includes('--source-reindex');
if (sourceReindex) {
  await connectMongoose(db.uri, dbName);
  await invalidateProjections();
  await disconnectMongoose();
}
const first = await startAppProcess({ MONGODB_URI: db.uri, MONGODB_DB: dbName });
const firstBuilt = await waitForLog(first, 'search index built', 3_600_000);
console.log(`first start: ${JSON.stringify(firstBuilt)}`);
await first.stop();

// Restart: the stored projection is complete and current, so the index loads from it.
const spawned = Date.now();
const app = await startAppProcess({ MONGODB_URI: db.uri, MONGODB_DB: dbName });
try {
  const built = await waitForLog(app, 'search index built', 600_000);
  const startToReady = Date.now() - spawned;
  const rssAfterIndex = app.rssMb();
  console.log(`restart: ${JSON.stringify(built)}`);

  const bureau = await signIn(app.url, demoAccounts.bureau.login, demoAccounts.bureau.password);
  const worker = await signIn(app.url, demoAccounts.worker.login, demoAccounts.worker.password);
  const owner = await signIn(app.url, demoAccounts.owner.login, demoAccounts.owner.password);
  const bureauHeaders = { cookie: bureau.cookie };

  // The fixed query mix: popular and rare Chinese terms, empty queries with filters, salary ranges, sorts.
  const rng = new Random(2025);
  const popular = ['养老', '社区', '社工', '儿童', '个案工作', '养老服务社工', '社区工作者'];
  const rare = ['禁毒', '殡葬', '金融', '调解', '灾情', '矫正社工', '移民'];
  const mix: { url: string; headers?: Record<string, string> }[] = [];
  for (let i = 0; i < 100; i += 1) {
    const district = rng.pick(districts).code;
    const domain = rng.pick(serviceDomains).code;
    const kind = i % 5;
    const params = new URLSearchParams();
    if (kind === 0) params.set('q', rng.pick(popular));
    if (kind === 1) params.set('q', rng.pick(rare));
    if (kind === 2) {
      params.append('district', district);
      params.append('domain', domain);
    }
    if (kind === 3) {
      params.set('q', rng.pick(popular));
      params.set('salaryMin', String(rng.int(60, 90) * 100));
      params.set('sort', 'salary');
    }
    if (kind === 4) {
      params.append('domain', 'elderly_care');
      params.set('sort', 'newest');
      params.set('page', String(rng.int(1, 5)));
    }
    const talent = i % 2 === 1;
    if (talent && kind === 1) params.set('certLevelMin', 'assistant');
    mix.push(
      talent
        ? { url: `${app.url}/api/talent/search?${params}`, headers: bureauHeaders }
        : { url: `${app.url}/api/positions/search?${params}` },
    );
  }

  for (const q of mix) await timedGet(q.url, q.headers); // warm-up
  const latencies: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const q = mix[i % mix.length];
    if (q) latencies.push(await timedGet(q.url, q.headers));
  }
  latencies.sort((a, b) => a - b);

  const rate = await throughput(mix, 8, seconds);

  const mine = await fetch(`${app.url}/api/org/positions?status=open&pageSize=1`, {
    headers: { cookie: owner.cookie },
  });
  const positionId = ((await mine.json()) as { items: { id: string }[] }).items[0]?.id;
  const matchLatencies: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    matchLatencies.push(await timedGet(`${app.url}/api/me/matches`, { cookie: worker.cookie }));
    if (positionId)
      matchLatencies.push(await timedGet(`${app.url}/api/positions/${positionId}/matches`, { cookie: owner.cookie }));
  }
  matchLatencies.sort((a, b) => a - b);

  const row = (name: string, value: string, target: string) => `| ${name} | ${value} | ${target} |`;
  console.log(`
Search benchmark — ${new Date().toISOString().slice(0, 10)}
machine: ${machine()}
database: ${db.engine}; search: in-process engine; ${workers} talent records, ${positions} positions (${built.positions} open)

| measure | value | target |
|---|---|---|
${row('search latency p50 (HTTP, facets on every request)', `${fmt(percentile(latencies, 50))} ms`, '')}
${row('search latency p95', `${fmt(percentile(latencies, 95))} ms`, '≤ 50 ms')}
${row('search latency p99', `${fmt(percentile(latencies, 99))} ms`, '')}
${row('searches per second, 8 concurrent clients', `${fmt(rate.perSecond, 0)} (${rate.requests} in ${seconds} s)`, '≥ 300')}
${
  sourceReindex
    ? row(
        'full reindex from the source records (first start, FerretDB)',
        `${fmt(Number(firstBuilt.ms) / 1000)} s`,
        '≤ 60 s',
      )
    : row(
        'first start after the seed (talent from the seeded projection, positions from the records)',
        `${fmt(Number(firstBuilt.ms) / 1000)} s`,
        '',
      )
}
${row('reindex at restart, from the stored projection', `${fmt(Number(built.ms) / 1000)} s`, '≤ 60 s')}
${row('restart to search ready (process start included)', `${fmt(startToReady / 1000)} s`, '')}
${row('match latency p50 / p95 (worker and position matches)', `${fmt(percentile(matchLatencies, 50))} / ${fmt(percentile(matchLatencies, 95))} ms`, '')}
${row('server RSS after indexing / after load / peak', `${fmt(rssAfterIndex, 0)} / ${fmt(app.rssMb(), 0)} / ${fmt(app.peakRssMb(), 0)} MB`, '≤ 2 GB')}
`);
} finally {
  await app.stop();
  await db.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

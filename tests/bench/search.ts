// The search benchmark at the plan's 2025 scale (issues 5 and 13), side by side on both engines.
//   npm run build && node --conditions=source --import tsx tests/bench/search.ts [--workers 200000] [--positions 20000]
//     [--engine embedded|meilisearch|both] [--meili-bin PATH] [--data-dir DIR] [--source-reindex]
// Fills a fresh embedded database (FerretDB) with the demo generator once, then for each engine
// starts the built server in its own process and measures through the HTTP API: search latency
// over a fixed, seeded query mix (facets on every request), searches per second with 8 concurrent
// clients, the index build at start-up, match latency and memory (the app's and Meilisearch's).
// Meilisearch is the binary of --meili-bin, MEILI_BIN or .cache/meilisearch (unpacked from
// ../shared/tools/meilisearch/ by .ci/run); `--engine` defaults to both when it is there. For
// Meilisearch it also measures what the adapter adds over Meilisearch's own processingTimeMs.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { Random } from '@shsw/server/demo/random';
import { seedDemo } from '@shsw/server/demo/seed';
import {
  invalidateProjections,
  POSITIONS_INDEX,
  positionsIndex,
  TALENT_INDEX,
  talentIndex,
} from '@shsw/server/modules/search/index';
import { positionRetrieve, talentRetrieve } from '@shsw/server/modules/search/search-hits';
import { connectMongoose, disconnectMongoose } from '@shsw/server/platform/db/connect';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { ensureIndexes } from '@shsw/server/platform/db/indexes';
import { createLogger } from '@shsw/server/platform/logger';
import {
  MeilisearchSearchEngine,
  type RunningMeilisearch,
  type SearchRequest,
  startMeilisearch,
} from '@shsw/server/platform/search/index';
import { buildSearchPlan } from '@shsw/server/platform/search/meilisearch/meilisearch-query';
import { validateRequest } from '@shsw/server/platform/search/search-validation';
import { districts, serviceDomains } from '@shsw/shared';
import {
  type AppProcess,
  fmt,
  machine,
  percentile,
  signIn,
  startAppProcess,
  throughput,
  timedGet,
  waitForLog,
} from './bench-kit.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const workers = arg('workers', 200_000);
const positions = arg('positions', 20_000);
const samples = arg('samples', 1_000);
const seconds = arg('seconds', 20);
const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const meiliBin = [option('meili-bin'), process.env.MEILI_BIN, path.join(findRepoRoot(), '.cache', 'meilisearch')].find(
  (p): p is string => Boolean(p && fs.existsSync(p)),
);
const engineArg = option('engine') ?? (meiliBin ? 'both' : 'embedded');
if (!['embedded', 'meilisearch', 'both'].includes(engineArg)) throw new Error('--engine embedded|meilisearch|both');
const engines = (engineArg === 'both' ? ['embedded', 'meilisearch'] : [engineArg]) as ('embedded' | 'meilisearch')[];
if (engines.includes('meilisearch') && !meiliBin) {
  throw new Error('--engine meilisearch needs a Meilisearch binary: --meili-bin, MEILI_BIN or .cache/meilisearch');
}
console.log(`engines: ${engines.join(', ')}${meiliBin ? ` (Meilisearch: ${meiliBin})` : ''}`);

const log = createLogger('warn', 'bench');
// --data-dir DIR keeps the seeded database there and reuses it on the next run (the 2025-scale
// seed takes ~10 minutes); without it a temporary one is seeded and removed.
const keptDir = option('data-dir');
const dataDir = keptDir ? path.resolve(keptDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-db-'));
const reuse = keptDir !== undefined && fs.existsSync(path.join(dataDir, 'bench-seeded.json'));
const db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log });
const dbName = 'bench';
if (reuse) {
  console.log(`database: ${db.engine}; reusing ${fs.readFileSync(path.join(dataDir, 'bench-seeded.json'), 'utf8')}`);
} else {
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
  if (keptDir) fs.writeFileSync(path.join(dataDir, 'bench-seeded.json'), JSON.stringify({ workers, positions }));
}

// First start: the seed wrote the talent projection beside the records; positions are built from
// the records. With --source-reindex the projections are invalidated first, so everything is
// rebuilt from the source records (22 minutes at 200,000 records on FerretDB).
const sourceReindex = process.argv.includes('--source-reindex');
if (sourceReindex) {
  await connectMongoose(db.uri, dbName);
  await invalidateProjections();
  await disconnectMongoose();
}

/** Peak and current resident memory of a process, in MB (from /proc). */
function memoryOf(pid: number | undefined): { rss: number; peak: number } {
  if (!pid) return { rss: Number.NaN, peak: Number.NaN };
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(text)?.[1] ?? Number.NaN) / 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

interface Figures {
  engine: 'embedded' | 'meilisearch';
  build: Record<string, unknown>;
  buildLabel: string;
  startToReady: number;
  latencies: number[];
  rate: { perSecond: number; requests: number };
  /** Each request asked once: no answer from a result cache. */
  coldLatencies: number[];
  coldRate: { perSecond: number; requests: number };
  odd: { maxMs: number; bad: string[] };
  matchLatencies: number[];
  app: { afterIndex: number; afterLoad: number; peak: number };
  meili?: { afterIndex: number; afterLoad: number; peak: number };
  /** Through the adapter in this process: its time, Meilisearch's processingTimeMs, and the difference. */
  adapter?: { ms: number[]; processing: number[]; added: number[]; raw: number[]; overRaw: number[] };
}

/** The fixed query mix: popular and rare Chinese terms, empty queries with filters, salary ranges, sorts. */
function queryMix(appUrl: string, bureauHeaders: Record<string, string>) {
  const rng = new Random(2025);
  // Plain words, and the ways people type (issue 13): pinyin, traditional, a place with a job, several words.
  const popular = [
    '养老',
    '社区',
    '社工',
    '儿童',
    '个案工作',
    '养老服务社工',
    '社区工作者',
    'ertong',
    '兒童',
    '闵行 养老',
    '浦东新区 社工',
    '养老 心理 督导',
  ];
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
        ? { url: `${appUrl}/api/talent/search?${params}`, headers: bureauHeaders }
        : { url: `${appUrl}/api/positions/search?${params}` },
    );
  }
  return mix;
}

/**
 * The mix's own requests, each asked once: the same searches with a page size (10–50) and page
 * (1–5) no other request uses, so no answer comes from the in-process engine's result cache — what
 * a request of the mix costs when it has to be computed.
 */
function distinctQueries(mix: readonly { url: string; headers?: Record<string, string> }[], count: number) {
  return Array.from({ length: count }, (_, i) => {
    const base = mix[i % mix.length] as { url: string; headers?: Record<string, string> };
    const round = Math.floor(i / mix.length);
    const url = new URL(base.url);
    url.searchParams.set('pageSize', String(10 + (round % 41)));
    url.searchParams.set('page', String(1 + (Math.floor(round / 41) % 5)));
    return { ...base, url: url.toString() };
  });
}

/** Queries of any length, script and punctuation: the slowest answer, and any status but 200/400. */
const ODD_QUERIES = [
  '"',
  "'; DROP TABLE positions; --",
  '\\',
  '%',
  '😀👩‍👩‍👧',
  '\u202e社工',
  'ertong'.repeat(33),
  '社'.repeat(200),
  '社工 儿童 养老 心理 督导 禁毒 社区 医院 学校 青少年 妇女 残疾',
  'a b c d e f g h i j k l m n o p',
  '(((((',
  '* AND OR NOT',
  'مرحبا',
  '𠀀𠀁𠀂',
  '①②③',
  '浦东 闵行 徐汇 静安 黄浦 长宁 普陀 虹口 杨浦',
];

async function oddQueries(appUrl: string): Promise<{ maxMs: number; bad: string[] }> {
  let maxMs = 0;
  const bad: string[] = [];
  for (const q of ODD_QUERIES) {
    const started = performance.now();
    const res = await fetch(`${appUrl}/api/positions/search?q=${encodeURIComponent(q)}`);
    await res.text();
    maxMs = Math.max(maxMs, performance.now() - started);
    if (res.status !== 200 && res.status !== 400) bad.push(`${res.status} for ${JSON.stringify(q)}`);
  }
  return { maxMs, bad };
}

/** The same kinds of searches straight through the adapter, to see what it adds over Meilisearch. */
async function adapterOverhead(meili: RunningMeilisearch): Promise<NonNullable<Figures['adapter']>> {
  const timings: { ms: number; processingTimeMs: number }[] = [];
  const engine = new MeilisearchSearchEngine({
    host: meili.host,
    apiKey: meili.masterKey,
    indexPrefix: dbName,
    observe: (t) => timings.push(t),
  });
  await engine.ensureIndex(positionsIndex);
  await engine.ensureIndex(talentIndex);
  const rng = new Random(13);
  const words = ['养老', '社区', '社工', '儿童', '个案工作', '禁毒', '调解', ''];
  const requests: [string, SearchRequest][] = [];
  for (let i = 0; i < 100; i += 1) {
    const q = rng.pick(words);
    const filters =
      i % 3 === 0
        ? [
            { field: 'districtCode', op: 'in' as const, values: [rng.pick(districts).code] },
            { field: 'domains', op: 'in' as const, values: [rng.pick(serviceDomains).code] },
          ]
        : [];
    requests.push(
      i % 2 === 0
        ? [
            POSITIONS_INDEX,
            {
              q,
              filters,
              facets: positionsIndex.facets,
              offset: 0,
              limit: 20,
              highlight: ['title', 'description'],
              retrieve: positionRetrieve,
            },
          ]
        : [
            TALENT_INDEX,
            {
              q,
              filters,
              facets: talentIndex.facets,
              offset: 0,
              limit: 20,
              highlight: ['skills', 'roles'],
              retrieve: talentRetrieve,
            },
          ],
    );
  }
  // The same multi-search posted by a bare keep-alive node:http client: what HTTP and Meilisearch's
  // work outside processingTimeMs (fetching and highlighting documents, JSON) cost without the adapter.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const raw = (index: string, req: SearchRequest) => {
    const def = index === POSITIONS_INDEX ? positionsIndex : talentIndex;
    const body = JSON.stringify({ queries: buildSearchPlan(`${dbName}${index}`, validateRequest(def, req)).queries });
    const started = performance.now();
    return new Promise<number>((resolve, reject) => {
      const r = http.request(
        `${meili.host}/multi-search`,
        {
          method: 'POST',
          agent,
          headers: {
            authorization: `Bearer ${meili.masterKey}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`${res.statusCode}`)),
          );
        },
      );
      r.on('error', reject);
      r.end(body);
    });
  };
  for (const [index, req] of requests) {
    await engine.search(index, req); // warm-up
    await raw(index, req);
  }
  timings.length = 0;
  const rawMs: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const [index, req] of requests) {
      await engine.search(index, req);
      rawMs.push(await raw(index, req));
    }
  }
  await engine.close();
  agent.destroy();
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  return {
    ms: sorted(timings.map((t) => t.ms)),
    processing: sorted(timings.map((t) => t.processingTimeMs)),
    added: sorted(timings.map((t) => t.ms - t.processingTimeMs)),
    raw: sorted(rawMs),
    overRaw: sorted(timings.map((t, i) => t.ms - (rawMs[i] ?? Number.NaN))),
  };
}

async function measure(engine: 'embedded' | 'meilisearch'): Promise<Figures> {
  let meili: RunningMeilisearch | undefined;
  const meiliDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-meili-'));
  const env: Record<string, string> = { MONGODB_URI: db.uri, MONGODB_DB: dbName };
  if (engine === 'meilisearch' && meiliBin) {
    meili = await startMeilisearch({ bin: meiliBin, dir: meiliDir, log });
    Object.assign(env, { MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey });
  }
  let app: AppProcess | undefined;
  try {
    let build: Record<string, unknown>;
    let buildLabel: string;
    let startToReady: number;
    if (engine === 'embedded') {
      // First start: the seed wrote the talent projection beside the records; positions are built
      // from the records (or everything from the records with --source-reindex).
      const first = await startAppProcess(env);
      const firstBuilt = await waitForLog(first, 'search index built', 3_600_000);
      console.log(`embedded, first start: ${JSON.stringify(firstBuilt)}`);
      await first.stop();
      // Restart: the stored projection is complete and current, so the index loads from it.
      const spawned = Date.now();
      app = await startAppProcess(env);
      build = await waitForLog(app, 'search index built', 600_000);
      startToReady = Date.now() - spawned;
      buildLabel = 'index build at restart (in-process, from the stored projection)';
    } else {
      // A new Meilisearch has empty indexes: the app fills them from the stored projection.
      const spawned = Date.now();
      app = await startAppProcess(env);
      build = await waitForLog(app, 'search index built', 3_600_000);
      startToReady = Date.now() - spawned;
      buildLabel = 'index build into an empty Meilisearch (from the stored projection)';
    }
    console.log(`${engine}: ${JSON.stringify(build)}`);
    const appAfterIndex = app.rssMb();
    const meiliAfterIndex = memoryOf(meili?.process.pid).rss;

    const bureau = await signIn(app.url, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const worker = await signIn(app.url, demoAccounts.worker.login, demoAccounts.worker.password);
    const owner = await signIn(app.url, demoAccounts.owner.login, demoAccounts.owner.password);
    const mix = queryMix(app.url, { cookie: bureau.cookie });

    for (const q of mix) await timedGet(q.url, q.headers); // warm-up
    const latencies: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const q = mix[i % mix.length];
      if (q) latencies.push(await timedGet(q.url, q.headers));
    }
    latencies.sort((a, b) => a - b);
    const rate = await throughput(mix, 8, seconds);
    const distinct = distinctQueries(mix, 20_000);
    const coldLatencies: number[] = [];
    for (const q of distinct.slice(0, 500)) coldLatencies.push(await timedGet(q.url, q.headers));
    coldLatencies.sort((a, b) => a - b);
    const coldRate = await throughput(distinct.slice(500), 8, seconds);
    const odd = await oddQueries(app.url);

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
    const figures: Figures = {
      engine,
      build,
      buildLabel,
      startToReady,
      latencies,
      rate,
      coldLatencies,
      coldRate,
      odd,
      matchLatencies,
      app: { afterIndex: appAfterIndex, afterLoad: app.rssMb(), peak: app.peakRssMb() },
    };
    if (meili) {
      const after = memoryOf(meili.process.pid);
      figures.meili = { afterIndex: meiliAfterIndex, afterLoad: after.rss, peak: after.peak };
      figures.adapter = await adapterOverhead(meili);
    }
    return figures;
  } finally {
    await app?.stop();
    await meili?.stop();
    fs.rmSync(meiliDir, { recursive: true, force: true });
  }
}

const results: Figures[] = [];
try {
  for (const engine of engines) results.push(await measure(engine));
} finally {
  await db.stop();
  if (!keptDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

const ms = (n: number) => `${fmt(n)} ms`;
const mb = (n: number) => fmt(n, 0);
const cells = (f: (r: Figures) => string) => results.map(f).join(' | ');
const row = (name: string, f: (r: Figures) => string) => `| ${name} | ${cells(f)} |`;
const names = results.map((r) => (r.engine === 'embedded' ? 'in-process engine' : 'Meilisearch 1.50 (adapter)'));
const built = (r: Figures) =>
  `${fmt(Number(r.build.ms) / 1000)} s (${r.build.talent} talent, ${r.build.positions} positions)`;
console.log(`
Search benchmark — ${new Date().toISOString().slice(0, 10)}
machine: ${machine()}
database: ${db.engine}; ${workers} talent records, ${positions} positions${sourceReindex ? '; projections invalidated first' : ''}

| measure | ${names.join(' | ')} |
|---|${results.map(() => '---|').join('')}
${row('search latency p50 (HTTP, facets on every request)', (r) => ms(percentile(r.latencies, 50)))}
${row('search latency p95', (r) => ms(percentile(r.latencies, 95)))}
${row('search latency p99', (r) => ms(percentile(r.latencies, 99)))}
${row('searches per second, 8 concurrent clients', (r) => `${fmt(r.rate.perSecond, 0)} (${r.rate.requests} in ${seconds} s)`)}
${row('distinct searches (never repeated) p50 / p95 / p99', (r) => `${fmt(percentile(r.coldLatencies, 50))} / ${fmt(percentile(r.coldLatencies, 95))} / ${fmt(percentile(r.coldLatencies, 99))} ms`)}
${row('distinct searches per second, 8 concurrent clients', (r) => `${fmt(r.coldRate.perSecond, 0)} (${r.coldRate.requests} in ${seconds} s)`)}
${row(`odd queries (${ODD_QUERIES.length}: any length, script, punctuation): slowest / not 200 or 400`, (r) => `${ms(r.odd.maxMs)} / ${r.odd.bad.length === 0 ? 'none' : r.odd.bad.join(', ')}`)}
${row('index build (see below)', built)}
${row('start to search ready (process start included)', (r) => `${fmt(r.startToReady / 1000)} s`)}
${row('match latency p50 / p95 (worker and position matches)', (r) => `${fmt(percentile(r.matchLatencies, 50))} / ${fmt(percentile(r.matchLatencies, 95))} ms`)}
${row('app RSS after indexing / after load / peak (MB)', (r) => `${mb(r.app.afterIndex)} / ${mb(r.app.afterLoad)} / ${mb(r.app.peak)}`)}
${row('Meilisearch RSS after indexing / after load / peak (MB)', (r) => (r.meili ? `${mb(r.meili.afterIndex)} / ${mb(r.meili.afterLoad)} / ${mb(r.meili.peak)}` : '–'))}
${row('adapter: search p50 / p95 (in-process call, no HTTP to the app)', (r) => (r.adapter ? `${fmt(percentile(r.adapter.ms, 50))} / ${fmt(percentile(r.adapter.ms, 95))} ms` : '–'))}
${row("Meilisearch's processingTimeMs p50 / p95 (sum over a request's queries)", (r) => (r.adapter ? `${fmt(percentile(r.adapter.processing, 50), 0)} / ${fmt(percentile(r.adapter.processing, 95), 0)} ms` : '–'))}
${row('the same multi-search by a bare node:http client p50 / p95', (r) => (r.adapter ? `${fmt(percentile(r.adapter.raw, 50))} / ${fmt(percentile(r.adapter.raw, 95))} ms` : '–'))}
${row('adapter − bare client, per request, p50 / mean', (r) => (r.adapter ? `${fmt(percentile(r.adapter.overRaw, 50), 2)} / ${fmt(r.adapter.overRaw.reduce((a, b) => a + b, 0) / r.adapter.overRaw.length, 2)} ms` : '–'))}
${row('adapter time − processingTimeMs p50 / p95 / mean', (r) => (r.adapter ? `${fmt(percentile(r.adapter.added, 50))} / ${fmt(percentile(r.adapter.added, 95))} / ${fmt(r.adapter.added.reduce((a, b) => a + b, 0) / r.adapter.added.length)} ms` : '–'))}

Index build: ${results.map((r) => `${r.engine}: ${r.buildLabel}, ${JSON.stringify(r.build.from)}`).join('; ')}.
`);

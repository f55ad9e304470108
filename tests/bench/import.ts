// The registry import benchmark (issue 11: imports that cannot sink the platform).
//   npm run build && node --conditions=source --import tsx tests/bench/import.ts [--rows 100000] [--baseline-seconds 30]
// Starts the built server in its own process on the embedded default (the demo data seeded into an
// empty data dir, as `npm start` does), then:
//   1. measures other people's latency with no import: a visitor's position search and the demo
//      worker's own applications, one request at a time, alternating;
//   2. uploads a generated valid registry CSV as the demo bureau and, while it imports, measures the
//      same requests the same way until the import is done;
//   3. prints rows/s, the import's total time and each phase's, and p50/p95 with and without it.
import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import type { RegistryImport } from '@shsw/shared';
import { registryCsv, startImport } from '../factories/registry.js';
import { fmt, machine, percentile, startAppProcess, waitForLog } from './bench-kit.js';
import { type Session, session } from './http-session.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = arg('rows', 100_000);
const baselineSeconds = arg('baseline-seconds', 30);

interface Samples {
  search: number[];
  applications: number[];
  failed: number;
}

const searches = ['养老', '社区', '社工', '儿童', '禁毒', ''];

/** One request at a time, alternating a visitor's search and the worker's applications, until `stop()`. */
async function measure(visitor: Session, worker: Session, stop: () => boolean): Promise<Samples> {
  const out: Samples = { search: [], applications: [], failed: 0 };
  for (let i = 0; !stop(); i += 1) {
    const searching = i % 2 === 0;
    const q = searches[(i / 2) % searches.length] ?? '';
    const t0 = performance.now();
    const res = searching
      ? await visitor.get(`/api/positions/search${q ? `?q=${encodeURIComponent(q)}` : ''}`)
      : await worker.get('/api/me/applications');
    const ms = performance.now() - t0;
    if (res.status !== 200) out.failed += 1;
    (searching ? out.search : out.applications).push(ms);
  }
  return out;
}

function line(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return `  ${label.padEnd(34)} n=${String(sorted.length).padStart(5)}  p50 ${fmt(percentile(sorted, 50)).padStart(7)}  p95 ${fmt(percentile(sorted, 95)).padStart(7)}  max ${fmt(sorted.at(-1) ?? Number.NaN).padStart(7)} ms`;
}

const app = await startAppProcess({ SEED_DEMO: 'if-empty' });
try {
  await waitForLog(app, 'search index built', 1_800_000);
  const started = await waitForLog(app, 'listening', 60_000);
  console.log(`machine: ${machine()}`);
  console.log(`database: ${String(started.db)}; rows: ${rows.toLocaleString('en')}`);
  const visitor = await session(app.url);
  const worker = await session(app.url, demoAccounts.worker);
  const bureau = await session(app.url, demoAccounts.bureau);

  // 1. Without an import.
  const quietUntil = Date.now() + baselineSeconds * 1000;
  const quiet = await measure(visitor, worker, () => Date.now() >= quietUntil);

  // 2. With one.
  const csv = registryCsv(rows, 'BENCH');
  const rssBefore = app.rssMb();
  const t0 = performance.now();
  const upload = await startImport(bureau, csv, 'bench-registry.csv');
  if (upload.status !== 202) throw new Error(`upload answered ${upload.status}: ${JSON.stringify(upload.body)}`);
  const answeredMs = performance.now() - t0;
  const phases = new Map<string, number>();
  let last: RegistryImport = upload.body;
  let finished = false;
  const watching = (async () => {
    while (!finished) {
      const res = await bureau.get<RegistryImport>(`/api/bureau/registry/imports/${upload.body.id}`);
      last = res.body;
      if (!phases.has(last.status)) phases.set(last.status, performance.now() - t0);
      finished = last.status === 'done' || last.status === 'failed';
      if (!finished) await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  const busy = await measure(visitor, worker, () => finished);
  await watching;
  const totalMs = performance.now() - t0;
  if (last.status !== 'done') throw new Error(`the import ended ${last.status}: ${JSON.stringify(last.errors)}`);

  // 3. The figures.
  const at = (status: string) => phases.get(status) ?? Number.NaN;
  console.log(
    `\nimport of ${rows.toLocaleString('en')} rows (${fmt(csv.length / 1024 / 1024)} MB CSV): answered 202 in ${fmt(answeredMs, 0)} ms; done in ${fmt(totalMs / 1000)} s = ${fmt(rows / (totalMs / 1000), 0)} rows/s`,
  );
  console.log(
    `  phases (seen by polling every second): checking until ${fmt(at('importing') / 1000)} s, writing until ${fmt(at('verifying') / 1000)} s, verifying until ${fmt(at('done') / 1000)} s`,
  );
  console.log(
    `  inserted ${last.inserted}, updated ${last.updated}, unchanged ${last.unchanged}, certificates verified ${last.certificatesVerified}; app RSS ${fmt(rssBefore, 0)} → ${fmt(app.rssMb(), 0)} MB (peak ${fmt(app.peakRssMb(), 0)} MB)`,
  );
  console.log(`\nother people's requests, one at a time (${quiet.failed + busy.failed} not 200):`);
  console.log(line('position search, no import', quiet.search));
  console.log(line('position search, during the import', busy.search));
  console.log(line('my applications, no import', quiet.applications));
  console.log(line('my applications, during the import', busy.applications));
} finally {
  await app.stop();
}

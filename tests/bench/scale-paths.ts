// The scale paths at the plan's 2025 scale (issue: an embedded database that holds under load).
//   npm run seed -- --preset scale-2025          (once, into DATA_DIR; keep a copy: the first start is measured once)
//   npm run build && node --conditions=source --import tsx tests/bench/scale-paths.ts --data-dir DIR
// Prints, each against the issue's ≤ 120 s:
//   1. the first start after the seed: spawn → listening → search index ready → statistics facts ready;
//   2. `npm run reindex` (the search index from the records, on the same data dir, app stopped);
//   3. the statistics facts rebuilt from the records (in this process).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { SalaryGuidanceService } from '@shsw/server/modules/positions/index';
import { FactsService } from '@shsw/server/modules/statistics/index';
import { connectMongoose, disconnectMongoose } from '@shsw/server/platform/db/connect';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { DomainEventBus } from '@shsw/server/platform/events/domain-events';
import { createLogger } from '@shsw/server/platform/logger';
import { fmt, machine, startAppProcess, waitForLog } from './bench-kit.js';

const i = process.argv.indexOf('--data-dir');
const dataDir = i > 0 ? path.resolve(process.argv[i + 1] ?? '') : '';
if (!dataDir || !fs.existsSync(dataDir)) {
  process.stderr.write('usage: scale-paths.ts --data-dir DIR (seeded with --preset scale-2025)\n');
  process.exit(64);
}
const secret = (name: string) => fs.readFileSync(path.join(dataDir, name), 'utf8').trim();
const env = {
  DATA_DIR: dataDir,
  SESSION_SECRET: secret('session-secret'),
  DATA_ENCRYPTION_KEY: secret('data-encryption-key'),
};
console.log(`machine: ${machine()}`);
const row = (label: string, ms: number) =>
  console.log(`  ${label.padEnd(52)} ${fmt(ms / 1000).padStart(7)} s  ${ms <= 120_000 ? '✔' : '✘'} (≤ 120 s)`);

// 1. The first start.
const spawned = Date.now();
const app = await startAppProcess(env);
const listening = await waitForLog(app, 'listening', 1_800_000);
const listeningMs = Date.now() - spawned;
const search = await waitForLog(app, 'search index built', 1_800_000);
const searchMs = Date.now() - spawned;
const facts = await waitForLog(app, 'statistics facts ready', 1_800_000);
const factsMs = Date.now() - spawned;
console.log(`\n1. first start (database: ${String(listening.db)}; peak RSS ${fmt(app.peakRssMb(), 0)} MB)`);
console.log(`  search: ${JSON.stringify({ ...search, level: undefined, time: undefined, pid: undefined })}`);
row('spawn → listening', listeningMs);
row('spawn → search index ready', searchMs);
row('spawn → statistics facts ready', factsMs);
void facts;
await app.stop();

// 2. npm run reindex, as an operator runs it.
const started = Date.now();
const out = await new Promise<string>((resolve, reject) => {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'server/src/cli/reindex.ts'], {
    cwd: findRepoRoot(),
    env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout.on('data', (d: Buffer) => {
    text += d.toString();
  });
  child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`reindex exited with ${code}`))));
});
console.log('\n2. npm run reindex');
console.log(`  ${out.trim()}`);
row('npm run reindex (whole command)', Date.now() - started);

// 3. The statistics facts, rebuilt from the records.
const log = createLogger('warn', 'bench');
const db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log });
await connectMongoose(db.uri, 'shsw', { postgresUrl: db.postgresUrl });
const factsService = new FactsService(new SalaryGuidanceService(new DomainEventBus()), log);
const rebuildStarted = Date.now();
await factsService.rebuild();
console.log('\n3. statistics facts from the records');
console.log(`  ${JSON.stringify(factsService.lastBuild)}`);
row('facts rebuild', Date.now() - rebuildStarted);
await disconnectMongoose();
await db.stop();

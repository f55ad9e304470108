import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { ensureFerretDbBinary } from '@shsw/server/platform/db/ferretdb';
import { createLogger } from '@shsw/server/platform/logger';
import { MeilisearchSearchEngine, meiliDir, startSearchServer } from '@shsw/server/platform/search/index';
import { afterAll, describe, expect, it } from 'vitest';

// The engine choice at start-up, as the database's: MEILI_HOST → that server; MEILI_BIN → the
// binary as a supervised child with its data in DATA_DIR/meili, stopped with the app and never
// outliving it; neither → the in-process engine.

const bin = process.env.MEILI_BIN;
const why = bin ? '' : ' (skipped: MEILI_BIN is not set; the Meilisearch leg of .ci/run sets it)';
const log = createLogger('silent');
const dirs: string[] = [];
const tmpDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-search-server-'));
  dirs.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Running (a zombie waiting for its parent to reap it counts as gone). */
const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

/** The pids of processes running the given executable (from /proc), for the orphan check. */
function pidsRunning(exe: string): number[] {
  const target = fs.realpathSync(exe);
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return fs.readlinkSync(`/proc/${d}/exe`) === target;
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function until(check: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('search engine choice', () => {
  it('when neither MEILI_HOST nor MEILI_BIN is set, then the in-process engine runs; with MEILI_HOST, that server', async () => {
    const embedded = await startSearchServer({ dataDir: tmpDir(), log });
    expect(embedded.kind).toBe('embedded');
    expect(embedded.host).toBeUndefined();
    const external = await startSearchServer({
      meiliHost: 'http://127.0.0.1:7700',
      meiliMasterKey: 'k'.repeat(16),
      meiliBin: '/nonexistent/meilisearch',
      dataDir: tmpDir(),
      log,
    });
    expect(external).toMatchObject({ kind: 'meilisearch', host: 'http://127.0.0.1:7700', masterKey: 'k'.repeat(16) });
    expect(external.processes()).toEqual([]);
  });
});

describe.skipIf(!bin)(`Meilisearch run by the app (MEILI_BIN)${why}`, () => {
  it('when MEILI_BIN is set, then Meilisearch runs as a child with a generated key and its data in DATA_DIR/meili, a second process shares it, and stop ends it', async () => {
    const dataDir = tmpDir();
    const search = await startSearchServer({ meiliBin: bin, dataDir, log });
    try {
      expect(search.kind).toBe('meilisearch-child');
      expect(search.host).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(search.masterKey?.length).toBeGreaterThanOrEqual(16);
      expect(fs.existsSync(path.join(meiliDir(dataDir), 'data.ms'))).toBe(true);
      const [proc] = search.processes();
      expect(proc).toMatchObject({ name: 'meilisearch', state: 'up', restarts: 0 });

      const engine = new MeilisearchSearchEngine({ host: search.host ?? '', apiKey: search.masterKey });
      expect(await engine.health()).toBe(true);
      // The key is required: without it Meilisearch refuses.
      const anonymous = await fetch(`${search.host}/indexes`);
      expect(anonymous.status).toBe(401);

      // A CLI command on the same data dir uses the app's Meilisearch instead of starting another.
      const shared = await startSearchServer({ meiliBin: bin, dataDir, log });
      expect(shared).toMatchObject({ kind: 'meilisearch', host: search.host, masterKey: search.masterKey });
      await shared.stop();
      expect(await engine.health()).toBe(true);
    } finally {
      const pid = search.processes()[0]?.pid;
      await search.stop();
      expect(alive(pid)).toBe(false);
    }
    expect(fs.existsSync(path.join(dataDir, 'meili.run.json'))).toBe(false);
  });

  it('when the process that started Meilisearch is killed, then Meilisearch stops too (no orphan)', async () => {
    const repo = findRepoRoot();
    // The guard is the FerretDB wrapper, built once into .cache/ (the embedded database needs it anyway).
    await ensureFerretDbBinary(repo, log);
    const dataDir = tmpDir();
    const before = new Set(pidsRunning(bin ?? ''));
    const script = `
      import { createLogger } from '@shsw/server/platform/logger';
      import { startSearchServer } from '@shsw/server/platform/search/index';
      import { ensureFerretDbBinary } from '@shsw/server/platform/db/ferretdb';
      const s = await startSearchServer({ meiliBin: ${JSON.stringify(bin)}, dataDir: ${JSON.stringify(dataDir)},
        guardBin: () => ensureFerretDbBinary(${JSON.stringify(repo)}, createLogger('silent')), log: createLogger('silent') });
      process.stdout.write('ready ' + s.host + '\\n');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        cwd: repo,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    await until(() => out.includes('ready ') || child.exitCode !== null, 'the child to start Meilisearch', 120_000);
    expect(out).toContain('ready http://127.0.0.1:');
    const started = pidsRunning(bin ?? '').filter((p) => !before.has(p));
    expect(started.length).toBe(1);
    child.kill('SIGKILL');
    await until(() => started.every((p) => !alive(p)), 'Meilisearch to stop after its parent was killed');
  });
});

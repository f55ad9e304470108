import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { startMeilisearch } from './meilisearch/meilisearch-server.js';

/** Which search engine serves, and where. */
export type SearchServerKind = 'meilisearch' | 'meilisearch-child' | 'embedded';

export interface SearchServer {
  kind: SearchServerKind;
  /** Meilisearch's URL and key; absent for the in-process engine. */
  host?: string | undefined;
  masterKey?: string | undefined;
  /** The Meilisearch process this app supervises, if any (for operators and tests). */
  processes(): { name: string; pid: number | undefined; state: string; restarts: number }[];
  /** Stops a Meilisearch this process started; a no-op otherwise. */
  stop(): Promise<void>;
}

export interface SearchServerOptions {
  meiliHost?: string | undefined;
  meiliMasterKey?: string | undefined;
  /** A Meilisearch binary to run as a child when MEILI_HOST is unset. */
  meiliBin?: string | undefined;
  dataDir: string;
  /** Resolves the guard binary (the FerretDB wrapper) that keeps the child from outliving the app. */
  guardBin?: () => Promise<string | undefined>;
  log: Logger;
}

/** Where a Meilisearch run by the app keeps its files inside DATA_DIR. */
export const meiliDir = (dataDir: string) => path.join(dataDir, 'meili');
const runFile = (dataDir: string) => path.join(dataDir, 'meili.run.json');

interface RunFile {
  pid: number;
  host: string;
  masterKey: string;
}

const none = () => [];

/**
 * Picks the search engine as the database is picked (docs/architecture.md): `MEILI_HOST` set →
 * that Meilisearch; else `MEILI_BIN` set → that binary as a supervised child, its data in
 * DATA_DIR/meili (shared with a CLI command while the app runs it); else the in-process engine.
 * The log says which runs.
 */
export async function startSearchServer(opts: SearchServerOptions): Promise<SearchServer> {
  if (opts.meiliHost) {
    opts.log.info({ host: opts.meiliHost }, 'search engine: Meilisearch at MEILI_HOST');
    return {
      kind: 'meilisearch',
      host: opts.meiliHost,
      masterKey: opts.meiliMasterKey,
      processes: none,
      stop: async () => {},
    };
  }
  if (!opts.meiliBin) {
    opts.log.info('search engine: in-process (set MEILI_HOST or MEILI_BIN for Meilisearch)');
    return { kind: 'embedded', processes: none, stop: async () => {} };
  }
  const running = runningMeilisearch(opts.dataDir);
  if (running) {
    opts.log.info(
      { pid: running.pid, host: running.host },
      `search engine: sharing the Meilisearch that process ${running.pid} runs`,
    );
    return {
      kind: 'meilisearch',
      host: running.host,
      masterKey: running.masterKey,
      processes: none,
      stop: async () => {},
    };
  }
  let guardBin: string | undefined;
  try {
    guardBin = await opts.guardBin?.();
  } catch (err) {
    opts.log.warn(
      { reason: err instanceof Error ? err.message : String(err) },
      'search engine: no guard binary; Meilisearch is stopped with the app but could outlive a killed app',
    );
  }
  const meili = await startMeilisearch({
    bin: opts.meiliBin,
    dir: meiliDir(opts.dataDir),
    masterKey: opts.meiliMasterKey,
    guardBin,
    log: opts.log,
  });
  opts.log.info(
    { host: meili.host, pid: meili.process.pid, bin: opts.meiliBin },
    'search engine: Meilisearch (MEILI_BIN), run by this process',
  );
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const run: RunFile = { pid: process.pid, host: meili.host, masterKey: meili.masterKey };
  // It holds the master key: readable by this user only.
  fs.writeFileSync(runFile(opts.dataDir), JSON.stringify(run), { mode: 0o600 });
  return {
    kind: 'meilisearch-child',
    host: meili.host,
    masterKey: meili.masterKey,
    processes: () => [
      {
        name: meili.process.name,
        pid: meili.process.pid,
        state: meili.process.state,
        restarts: meili.process.restarts,
      },
    ],
    async stop() {
      fs.rmSync(runFile(opts.dataDir), { force: true });
      await meili.stop();
    },
  };
}

/** The Meilisearch another live process (the app, while a CLI command runs) started on this data dir. */
function runningMeilisearch(dataDir: string): RunFile | null {
  try {
    const run = JSON.parse(fs.readFileSync(runFile(dataDir), 'utf8')) as RunFile;
    process.kill(run.pid, 0);
    return run;
  } catch {
    return null;
  }
}

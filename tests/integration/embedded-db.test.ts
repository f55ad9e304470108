import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { createLogger } from '@shsw/server/platform/logger';
import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';

const repoRoot = findRepoRoot();

describe('embedded database', () => {
  it.skipIf(Boolean(process.env.MONGODB_URI))(
    'when the embedded server is stopped and started on the same data dir, then the data is still there',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-persist-'));
      const opts = { dataDir, prefer: 'auto' as const, repoRoot, log: createLogger('silent') };
      try {
        const first = await startDatabaseServer(opts);
        let client = await MongoClient.connect(first.uri);
        await client.db('persist').collection('notes').insertOne({ text: '养老服务', n: 1 });
        await client.close();
        await first.stop();

        const second = await startDatabaseServer(opts);
        expect(second.engine).toBe(first.engine);
        client = await MongoClient.connect(second.uri);
        const found = await client.db('persist').collection('notes').findOne({ n: 1 });
        await client.close();
        await second.stop();
        expect(found?.text).toBe('养老服务');
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('when start-up gets a bad environment value, then the process exits naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'server/src/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, PORT: 'not-a-port', MONGODB_URI: 'mongodb://127.0.0.1:1/' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(/PORT: /);
  });
});

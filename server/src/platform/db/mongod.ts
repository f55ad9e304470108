import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { Logger } from '../logger.js';
import type { DatabaseServer } from './database-server.js';
import { stopChild } from './ferretdb.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Runs the `mongod` found on PATH with its files in `dir`, on a free loopback port. */
export async function startLocalMongod(
  dir: string,
  log: Logger,
): Promise<Omit<DatabaseServer, 'status' | 'processes'>> {
  fs.mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const child = spawn('mongod', ['--dbpath', dir, '--port', String(port), '--bind_ip', '127.0.0.1', '--quiet'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`mongod did not start within 30 s:\n${out.slice(-2000)}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Waiting for connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`mongod exited with code ${code}:\n${out.slice(-2000)}`));
    });
  });
  log.info({ port }, 'mongod started');
  return { uri: `mongodb://127.0.0.1:${port}/`, engine: 'mongod-local', stop: () => stopChild(child) };
}

// The conversations benchmark (issue 12: messages between organisations and workers).
//   npm run build && node --conditions=source --import tsx tests/bench/messages.ts [--pairs 1000] [--seconds 30] [--gap 2000] [--warmup 1]
// Starts the built server in its own process on a fresh embedded database with `pairs` workers and
// `pairs` organisation owners, each pair sharing one thread, and connects both sides of every pair
// over socket.io (2 × pairs sockets). For `seconds`, every pair exchanges messages through the HTTP
// API: one side sends (POST /api/conversations/:id/messages), the other receives it on its socket,
// waits `gap` ms (± half, at random) and answers. Prints send → receive p50/p95/max (from the start
// of the request to the `message` event on the other side's socket) and messages per second.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@shsw/server/config';
import { connectMongoose, disconnectMongoose } from '@shsw/server/platform/db/connect';
import { startDatabaseServer } from '@shsw/server/platform/db/database-server';
import { ensureIndexes } from '@shsw/server/platform/db/indexes';
import { createLogger } from '@shsw/server/platform/logger';
import type { ConversationMessage } from '@shsw/shared';
import mongoose from 'mongoose';
import { io, type Socket } from 'socket.io-client';
import { fmt, machine, percentile, startAppProcess, waitForLog } from './bench-kit.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const pairs = arg('pairs', 1_000);
const seconds = arg('seconds', 30);
const gapMs = arg('gap', 2_000);
/** Exchanges per pair before timing starts: a thread's first message also notifies (then not for 10 minutes). */
const warmup = arg('warmup', 1);

const log = createLogger('warn', 'bench');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shsw-bench-msg-'));
const db = await startDatabaseServer({ dataDir, prefer: 'auto', repoRoot: findRepoRoot(), log });
const dbName = 'messages';
await connectMongoose(db.uri, dbName);
await ensureIndexes();

// Accounts with sessions, written directly (as sign-in would): a token each, stored hashed.
// Threads are written as an application would open them; the position need not exist for sending.
const now = new Date();
const positionId = new mongoose.Types.ObjectId();
const people = Array.from({ length: pairs }, () => ({
  worker: { _id: new mongoose.Types.ObjectId(), token: crypto.randomBytes(32).toString('base64url') },
  owner: { _id: new mongoose.Types.ObjectId(), token: crypto.randomBytes(32).toString('base64url') },
  orgId: new mongoose.Types.ObjectId(),
  threadId: new mongoose.Types.ObjectId(),
}));
const hash = (t: string) => crypto.createHash('sha256').update(t).digest('hex');
const col = (name: string) => mongoose.connection.collection<{ _id: unknown }>(name);
const user = (id: mongoose.Types.ObjectId, role: 'worker' | 'org', orgId: mongoose.Types.ObjectId | null) => ({
  _id: id,
  login: `bench-${id.toHexString()}@bench.invalid`,
  loginKind: 'email',
  passwordHash: '!',
  displayName: role === 'org' ? '基准机构成员' : '基准求职者',
  role,
  status: 'active',
  orgId,
  orgRole: orgId ? 'owner' : null,
  consents: [],
  createdAt: now,
  updatedAt: now,
});
const session = (token: string, u: ReturnType<typeof user>) => ({
  _id: hash(token),
  userId: u._id,
  role: u.role,
  orgId: u.orgId,
  orgRole: u.orgRole,
  createdAt: now,
  lastSeenAt: now,
  expiresAt: new Date(now.getTime() + 86_400_000),
  ip: null,
  userAgent: 'bench',
});
for (let i = 0; i < people.length; i += 1_000) {
  const slice = people.slice(i, i + 1_000);
  const workers = slice.map((p) => user(p.worker._id, 'worker', null));
  const owners = slice.map((p) => user(p.owner._id, 'org', p.orgId));
  await col('users').insertMany([...workers, ...owners]);
  await col('sessions').insertMany([
    ...slice.map((p, k) => session(p.worker.token, workers[k] as ReturnType<typeof user>)),
    ...slice.map((p, k) => session(p.owner.token, owners[k] as ReturnType<typeof user>)),
  ]);
  // Sending asks whether the organisation still exists and is not closed.
  await col('organisations').insertMany(
    slice.map((p) => ({
      _id: p.orgId,
      name: `基准机构${p.orgId.toHexString().slice(-6)}`,
      type: 'social_work_agency',
      status: 'verified',
      ownerId: p.owner._id,
      createdAt: now,
      updatedAt: now,
    })),
  );
  const side = { unread: 0, lastReadId: null, readAt: null, notifiedAt: null };
  await col('conversations').insertMany(
    slice.map((p) => ({
      _id: p.threadId,
      orgId: p.orgId,
      profileId: p.worker._id,
      positionId,
      origin: 'application',
      lastMessage: null,
      lastActivityAt: now,
      worker: side,
      org: side,
      createdAt: now,
    })),
  );
}
await disconnectMongoose();

const app = await startAppProcess({ MONGODB_URI: db.uri, MONGODB_DB: dbName });

interface Party {
  cookie: string;
  csrf: string;
  socket: Socket;
}

/** The CSRF token of a session (fetched with its cookie), then a socket speaking as it. */
async function party(token: string, onMessage: (m: ConversationMessage) => void): Promise<Party> {
  const res = await fetch(`${app.url}/api/auth/csrf`, { headers: { cookie: `shsw.sid=${token}` } });
  const csrfCookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = `shsw.sid=${token}; ${csrfCookie}`;
  const socket = io(app.url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { cookie, origin: app.url },
  });
  socket.on('message', onMessage);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { cookie, csrf: csrfToken, socket };
}

try {
  await waitForLog(app, 'search index built', 300_000);
  // Who waits for which message: the text carries a unique id, its receipt ends the wait.
  const waiting = new Map<string, (at: number) => void>();
  const received = (side: 'worker' | 'org') => (m: ConversationMessage) => {
    const sentBy = m.side === 'worker' ? 'worker' : 'org';
    if (sentBy === side) return;
    waiting.get(m.text)?.(performance.now());
  };
  const connectStarted = Date.now();
  const parties: { worker: Party; owner: Party; threadId: string }[] = [];
  for (let i = 0; i < people.length; i += 100) {
    parties.push(
      ...(await Promise.all(
        people.slice(i, i + 100).map(async (p) => ({
          worker: await party(p.worker.token, received('worker')),
          owner: await party(p.owner.token, received('org')),
          threadId: p.threadId.toHexString(),
        })),
      )),
    );
  }
  const connectMs = Date.now() - connectStarted;
  const rssConnected = app.rssMb();

  const latencies: number[] = [];
  let failures = 0;
  let sent = 0;
  const send = async (from: Party, threadId: string): Promise<void> => {
    const text = `bench ${crypto.randomUUID()}`;
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<number>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('not received in 30 s')), 30_000);
      waiting.set(text, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
    // A send that fails is counted below; its receipt is then never awaited.
    arrived.catch(() => undefined);
    const t0 = performance.now();
    try {
      const res = await fetch(`${app.url}/api/conversations/${threadId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: from.cookie, 'x-csrf-token': from.csrf },
        body: JSON.stringify({ text }),
      });
      if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
      sent += 1;
      latencies.push((await arrived) - t0);
    } catch (err) {
      failures += 1;
      if (failures <= 5) console.error(String(err));
    } finally {
      clearTimeout(timer);
      waiting.delete(text);
    }
  };
  const pause = () => new Promise((r) => setTimeout(r, gapMs * (0.5 + Math.random())));
  // Warm-up: every thread gets its first messages (and their notifications) before timing starts.
  for (let round = 0; round < warmup; round += 1) {
    for (let i = 0; i < parties.length; i += 50) {
      await Promise.all(
        parties.slice(i, i + 50).flatMap((p) => [send(p.worker, p.threadId), send(p.owner, p.threadId)]),
      );
    }
  }
  latencies.length = 0;
  sent = 0;
  const warmupFailures = failures;
  failures = 0;
  const started = performance.now();
  const end = Date.now() + seconds * 1_000;
  await Promise.all(
    parties.map(async (p) => {
      // Pairs start spread over one gap, as people do.
      await new Promise((r) => setTimeout(r, Math.random() * gapMs));
      let turn: 'worker' | 'owner' = 'worker';
      while (Date.now() < end) {
        await send(p[turn], p.threadId);
        turn = turn === 'worker' ? 'owner' : 'worker';
        await pause();
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1_000;
  for (const p of parties) {
    p.worker.socket.disconnect();
    p.owner.socket.disconnect();
  }
  latencies.sort((a, b) => a - b);

  console.log(`
Messages benchmark — ${new Date().toISOString().slice(0, 10)}
machine: ${machine()}
database: ${db.engine}; ${pairs} pairs (${2 * pairs} connected sockets), ${seconds} s, each pair answering after ${gapMs} ms ± 50 %, after ${warmup} untimed exchange(s) per pair (${warmupFailures} failed)

| measure | value | target |
|---|---|---|
| send → receive, p50 (over ${latencies.length} messages) | ${fmt(percentile(latencies, 50))} ms | |
| send → receive, p95 | ${fmt(percentile(latencies, 95))} ms | ≤ 100 ms |
| send → receive, max | ${fmt(latencies.at(-1) ?? Number.NaN)} ms | |
| messages stored and delivered per second | ${fmt(sent / elapsedS)} | |
| failed sends (error or not received in 30 s) | ${failures} | 0 |
| connecting ${2 * pairs} sockets | ${fmt(connectMs / 1000)} s | |
| server RSS with ${2 * pairs} sockets / peak | ${fmt(rssConnected, 0)} / ${fmt(app.peakRssMb(), 0)} MB | |
`);
} finally {
  await app.stop();
  await db.stop();
}

import type { Notification } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { createUser } from '../factories/users.js';
import { connected, connectSocket, disconnected, eventually, type TestSocket } from '../setup/socket-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
const sockets: TestSocket[] = [];
const open = (s: TestSocket) => {
  sockets.push(s);
  return s;
};

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app?.close();
});

describe('the realtime handshake', () => {
  it('when no session cookie is sent, then the connection is refused', async () => {
    const s = open(connectSocket(app.url, null));
    await expect(connected(s)).rejects.toThrow(/unauthenticated/);
  });

  it('when the session has ended, then the connection is refused', async () => {
    const w = await signUp(app);
    await w.client.post('/api/auth/sign-out');
    const stale = await signUp(app);
    const s = open(connectSocket(app.url, stale.client));
    await connected(s);
    await stale.client.post('/api/auth/sign-out');
    await disconnected(s);
    const again = open(connectSocket(app.url, stale.client));
    await expect(connected(again)).rejects.toThrow();
  });

  it('when the page comes from a foreign origin, then the connection is refused', async () => {
    const w = await signUp(app);
    const s = open(connectSocket(app.url, w.client, { origin: 'https://evil.example' }));
    await expect(connected(s)).rejects.toThrow();
  });
});

describe('who hears what', () => {
  it('when B applies and moves, then only B and B’s employer hear of it; A hears nothing', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const position = await openPosition(owner.client);
    const a = await signUp(app);
    const b = await signUp(app);
    const [sa, sb, so] = [a, b, owner].map((x) => open(connectSocket(app.url, x.client)));
    await Promise.all([sa, sb, so].map((s) => connected(s as TestSocket)));
    const application = await apply(b.client, position.id);
    await eventually(() => (so?.received.length ?? 0) === 1);
    expect(so?.received[0]).toMatchObject({ type: 'application_submitted', data: { positionTitle: position.title } });
    await owner.client.post(`/api/applications/${application.id}/status`, { to: 'shortlisted' });
    await eventually(() => (sb?.received.length ?? 0) === 1);
    expect(sb?.received[0]).toMatchObject({ type: 'application_status_changed', data: { status: 'shortlisted' } });
    await new Promise((r) => setTimeout(r, 200));
    expect(sa?.received).toEqual([]);
  });

  it('when the bureau verifies, then the organisation hears; a new registration reaches the bureau', async () => {
    const b = await bureau(app);
    const sBureau = open(connectSocket(app.url, b));
    await connected(sBureau);
    const pending = await orgOwner(app, { verified: false });
    await eventually(() => sBureau.received.some((n) => n.type === 'organisation_to_verify'));
    const sOrg = open(connectSocket(app.url, pending.client));
    await connected(sOrg);
    await b.post(`/api/bureau/organisations/${pending.orgId}/decision`, { decision: 'verify' });
    await eventually(() => sOrg.received.some((n) => n.type === 'organisation_verified'));
  });
});

describe('missed notifications', () => {
  it('when a client was away while three notifications were created, then it receives exactly those three, in order', async () => {
    const owner = await orgOwner(app, { bureauClient: await bureau(app) });
    const position = await openPosition(owner.client);
    const first = await signUp(app);
    await apply(first.client, position.id);
    const s1 = open(connectSocket(app.url, owner.client));
    await connected(s1);
    await app.server.services.events.idle();
    const seen = (await owner.client.get<{ items: Notification[] }>('/api/notifications')).body.items[0];
    s1.disconnect();
    for (let i = 0; i < 3; i += 1) await apply((await signUp(app)).client, position.id);
    await app.server.services.events.idle();
    const s2 = open(connectSocket(app.url, owner.client));
    await connected(s2);
    const sync = new Promise<{ items: Notification[]; unread: number }>((resolve) =>
      s2.once('notifications:sync', resolve),
    );
    s2.emit('notifications:resume', { lastSeenId: seen?.id ?? null });
    const missed = await sync;
    expect(missed.items).toHaveLength(3);
    expect(missed.items.map((n) => n.type)).toEqual([
      'application_submitted',
      'application_submitted',
      'application_submitted',
    ]);
    const ids = missed.items.map((n) => n.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).not.toContain(seen?.id);
    // The verification notice, the first application and the three missed ones.
    expect(missed.unread).toBe(5);
  });
});

describe('ending live connections', () => {
  it('when the password changes or an admin disables the account, then its sockets are disconnected', async () => {
    const w = await signUp(app);
    const s = open(connectSocket(app.url, w.client));
    await connected(s);
    const gone = disconnected(s);
    await w.client.post('/api/auth/password', { currentPassword: PASSWORD, newPassword: 'violet-harbour-lantern-9' });
    await gone;

    const v = await signUp(app);
    const sv = open(connectSocket(app.url, v.client));
    await connected(sv);
    const admin = await createUser({ role: 'admin' });
    const adminClient = await app.client().init();
    await adminClient.post('/api/auth/sign-in', { login: admin.login, password: admin.password });
    const disabled = disconnected(sv);
    await adminClient.patch(`/api/admin/users/${v.user.id}`, { status: 'disabled' });
    await disabled;
  });
});

describe('several app nodes', () => {
  const redisUrl = inject('redisUrl');
  it.skipIf(!redisUrl)(
    'when two nodes share Redis, then an event emitted on node 1 reaches a socket on node 2',
    async () => {
      const node1 = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', REDIS_URL: redisUrl });
      const node2 = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', REDIS_URL: redisUrl });
      try {
        const w = await signUp(node2);
        const s = open(connectSocket(node2.url, w.client));
        await connected(s);
        await node1.server.services.notifications.notify([{ userId: w.user.id }], {
          type: 'ce_reminder',
          data: { hoursShort: 12, required: 72, cycleEnd: '2027-06-30' },
          link: '/me/profile',
        });
        await eventually(() => s.received.length === 1);
        expect(s.received[0]).toMatchObject({ type: 'ce_reminder', data: { hoursShort: 12 } });
      } finally {
        await node1.close();
        await node2.close();
      }
    },
  );
});

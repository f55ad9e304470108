import { insertClaims } from '@shsw/server/platform/db/db-errors';
import type { Notification, SavedSearch } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let owner: Awaited<ReturnType<typeof orgOwner>>;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  owner = await orgOwner(app, { bureauClient: await bureau(app) });
});
afterAll(async () => {
  await app?.close();
});

const notifications = async (c: TestClient) =>
  (await c.get<{ items: Notification[] }>('/api/notifications')).body.items;
const save = (
  c: TestClient,
  query: Record<string, unknown>,
  frequency: 'instant' | 'daily' = 'instant',
  name = '我的搜索',
) => c.post<SavedSearch & { error?: { code: string } }>('/api/me/saved-searches', { name, query, frequency });
/** Alerts run after the publish request returns (they follow its domain event). */
const settle = () => new Promise((r) => setTimeout(r, 300));

describe('saved-search alerts', () => {
  it('when a position is published, then exactly the workers whose saved searches it satisfies are told', async () => {
    const workers: Record<string, TestClient> = {};
    const searches: Record<string, Record<string, unknown>> = {
      domain: { domain: ['elderly_care'] },
      domainAndDistrict: { domain: ['elderly_care'], district: ['310104'] },
      text: { q: '长者' },
      salary: { salaryMin: 9000 },
      // Narrow misses: another district, a salary just above the range, other words, a higher certificate.
      otherDistrict: { domain: ['elderly_care'], district: ['310115'] },
      salaryAbove: { salaryMin: 10001 },
      otherWords: { q: '禁毒' },
      higherCertificate: { certLevelMin: 'social_worker' },
    };
    for (const [name, query] of Object.entries(searches)) {
      workers[name] = (await signUp(app)).client;
      expect((await save(workers[name] as TestClient, query)).status).toBe(201);
    }
    await openPosition(owner.client, {
      title: '长者照护社工',
      primaryDomain: 'elderly_care',
      districtCode: '310104',
      salaryMin: 8000,
      salaryMax: 10000,
      minCertificate: 'assistant',
    });
    await settle();
    const told: string[] = [];
    for (const [name, client] of Object.entries(workers)) {
      const list = await notifications(client);
      if (list.some((n) => n.type === 'saved_search_match' && n.data.positionTitle === '长者照护社工')) told.push(name);
    }
    expect(told.sort()).toEqual(['domain', 'domainAndDistrict', 'salary', 'text'].sort());
  });

  it('when a daily search matches two positions, then one digest lists both, and a second run sends nothing', async () => {
    const w = (await signUp(app)).client;
    expect((await save(w, { domain: ['child_welfare'] }, 'daily')).status).toBe(201);
    for (const title of ['儿童之家社工', '困境儿童个案社工']) {
      await openPosition(owner.client, { title, primaryDomain: 'child_welfare', secondaryDomain: null });
    }
    await settle();
    expect((await notifications(w)).filter((n) => n.type === 'saved_search_match')).toEqual([]);
    expect(await app.server.scheduler.runOnce('saved-search-digest')).toBe(true);
    const digests = (await notifications(w)).filter((n) => n.type === 'saved_search_digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]?.data).toMatchObject({ count: 2 });
    await app.server.scheduler.runOnce('saved-search-digest');
    expect((await notifications(w)).filter((n) => n.type === 'saved_search_digest')).toHaveLength(1);
  });

  it('when two nodes claim the same alerts, then each (search, position) pair is claimed exactly once', async () => {
    const claims = mongoose.connection.collection('claims_probe');
    const first = await insertClaims(claims, [{ _id: 'a:1' }, { _id: 'b:1' }, { _id: 'c:1' }]);
    expect([...first]).toEqual([]);
    const second = await insertClaims(claims, [{ _id: 'd:1' }, { _id: 'a:1' }, { _id: 'e:1' }, { _id: 'c:1' }]);
    expect([...second].sort()).toEqual([1, 3]);
    expect(await claims.countDocuments()).toBe(5);
    expect([...(await insertClaims(claims, [{ _id: 'b:1' }]))]).toEqual([0]);
  });

  it('when a worker has ten saved searches, then the eleventh is refused', async () => {
    const w = (await signUp(app)).client;
    for (let i = 0; i < 10; i += 1) expect((await save(w, { q: `词${i}` }, 'daily', `搜索${i}`)).status).toBe(201);
    const eleventh = await save(w, { q: '第十一' });
    expect(eleventh.status).toBe(409);
    expect(eleventh.body.error?.code).toBe('conflict');
  });

  it('when a saved query holds an unknown filter, then it is refused naming it', async () => {
    const w = (await signUp(app)).client;
    const res = await w.post<{ error: { details: { issues: { path: string }[] } } }>('/api/me/saved-searches', {
      name: 'x',
      query: { colour: 'red' },
      frequency: 'instant',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i) => i.path)).toEqual(['body.query.colour']);
  });
});

describe('notification preferences and reading', () => {
  it('when a type is turned off, then it is neither stored nor sent; reading one and all updates the count', async () => {
    const w = (await signUp(app)).client;
    await w.put('/api/notifications/preferences', { types: { saved_search_match: false }, profileMatches: false });
    await save(w, { q: '个案' });
    await openPosition(owner.client, { title: '个案社工' });
    await settle();
    expect(await notifications(w)).toEqual([]);

    await w.put('/api/notifications/preferences', { types: {}, profileMatches: false });
    await openPosition(owner.client, { title: '个案管理社工' });
    await openPosition(owner.client, { title: '个案督导' });
    await settle();
    const list = await w.get<{ items: Notification[]; unread: number }>('/api/notifications');
    expect(list.body.unread).toBe(2);
    const one = await w.post<{ unread: number }>(`/api/notifications/${list.body.items[0]?.id}/read`);
    expect(one.body.unread).toBe(1);
    const all = await w.post<{ unread: number }>('/api/notifications/read-all');
    expect(all.body.unread).toBe(0);
  });
});

import { type Bookmark, MAX_BOOKMARKS, type OrganisationPage, type PositionHit, type ViewerMarks } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition, positionBody } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let bureauClient: TestClient;
let owner: Actor & { orgId: string };
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  bureauClient = await bureau(app);
  owner = await orgOwner(app, { bureauClient });
});
afterAll(async () => {
  await app?.close();
});

const settle = async () => {
  await app.server.services.events.idle();
  await app.server.services.searchSync.drain();
};
type Page<T> = { items: T[]; total: number };
const bookmarksOf = async (client: TestClient) => (await client.get<Page<Bookmark>>('/api/me/bookmarks')).body;

describe('bookmarks', () => {
  it('when a worker bookmarks a position twice, then it is listed once, and another worker sees none of it', async () => {
    const worker = await signUp(app);
    const other = await signUp(app);
    const position = await openPosition(owner.client, { title: '收藏测试岗位' });
    expect((await worker.client.put(`/api/me/bookmarks/${position.id}`)).status).toBe(200);
    expect((await worker.client.put(`/api/me/bookmarks/${position.id}`)).status).toBe(200);
    const mine = await bookmarksOf(worker.client);
    expect(mine.total).toBe(1);
    expect(mine.items[0]?.position).toMatchObject({ id: position.id, title: '收藏测试岗位', status: 'open' });
    expect((await bookmarksOf(other.client)).total).toBe(0);
    // Removing someone else's bookmark is removing one's own (none): the worker's stays.
    await other.client.delete(`/api/me/bookmarks/${position.id}`);
    expect((await bookmarksOf(worker.client)).total).toBe(1);
    expect((await worker.client.delete(`/api/me/bookmarks/${position.id}`)).status).toBe(200);
    expect((await bookmarksOf(worker.client)).total).toBe(0);
  });

  it('when a bookmarked position is closed, then it stays listed with its status and no longer takes applications', async () => {
    const worker = await signUp(app);
    const position = await openPosition(owner.client);
    await worker.client.put(`/api/me/bookmarks/${position.id}`);
    expect((await owner.client.post(`/api/positions/${position.id}/status`, { to: 'closed' })).status).toBe(200);
    const [item] = (await bookmarksOf(worker.client)).items;
    expect(item?.position).toMatchObject({ id: position.id, status: 'closed', acceptsApplications: false });
  });

  it('when the position is unknown or a draft, then bookmarking it is not found', async () => {
    const worker = await signUp(app);
    const draft = await owner.client.post<{ id: string }>('/api/positions', {
      ...positionBody(),
    });
    expect((await worker.client.put(`/api/me/bookmarks/${draft.body.id}`)).status).toBe(404);
    expect((await worker.client.put(`/api/me/bookmarks/${new mongoose.Types.ObjectId()}`)).status).toBe(404);
  });

  it(`when a worker already keeps ${MAX_BOOKMARKS}, then parallel new ones are refused with bookmark_limit`, async () => {
    const worker = await signUp(app);
    const [a, b, c] = await Promise.all([
      openPosition(owner.client),
      openPosition(owner.client),
      openPosition(owner.client),
    ]);
    if (!a || !b || !c) throw new Error('positions');
    // The worker's earlier bookmarks, written straight to the collection (500 positions would only slow the test).
    const at = new Date(Date.now() - 86_400_000);
    await mongoose.connection.collection('bookmarks').insertMany(
      Array.from({ length: MAX_BOOKMARKS - 1 }, () => ({
        userId: new mongoose.Types.ObjectId(worker.user.id),
        positionId: new mongoose.Types.ObjectId(),
        at,
      })),
    );
    const results = await Promise.all([a, b, c].map((p) => worker.client.put(`/api/me/bookmarks/${p.id}`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.text.includes('bookmark_limit'))).toBe(true);
    expect(
      await mongoose.connection
        .collection('bookmarks')
        .countDocuments({ userId: new mongoose.Types.ObjectId(worker.user.id) }),
    ).toBe(MAX_BOOKMARKS);
    // An existing one can still be bookmarked again (idempotent), a removal makes room.
    const kept = results.findIndex((r) => r.status === 200);
    const keptId = [a, b, c][kept]?.id;
    expect((await worker.client.put(`/api/me/bookmarks/${keptId}`)).status).toBe(200);
  });

  it('when a worker exports or deletes the account, then the export lists the bookmarks and deletion removes them', async () => {
    const worker = await signUp(app);
    const position = await openPosition(owner.client);
    await worker.client.put(`/api/me/bookmarks/${position.id}`);
    const exported = await worker.client.get<{ sections: { bookmarks: { position: string }[] } }>('/api/me/export');
    expect(exported.body.sections.bookmarks).toEqual([expect.objectContaining({ position: position.id })]);
    const deleted = await worker.client.request('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(deleted.status).toBe(200);
    await app.server.services.events.idle();
    expect(
      await mongoose.connection
        .collection('bookmarks')
        .countDocuments({ userId: new mongoose.Types.ObjectId(worker.user.id) }),
    ).toBe(0);
  });
});

describe('marks in search and recommendations', () => {
  it('when a worker applied to or bookmarked positions, then search and 为我推荐 mark them for that worker only, and an applied one is never recommended first', async () => {
    const worker = await signUp(app);
    const other = await signUp(app);
    const tag = `标记${Date.now() % 100_000}`;
    const plain = await openPosition(owner.client, { title: `${tag} 未处理` });
    const saved = await openPosition(owner.client, { title: `${tag} 已收藏` });
    // The newest of all: without the rule it would head "newest first".
    const applied = await openPosition(owner.client, { title: `${tag} 已申请` });
    await apply(worker.client, applied.id);
    await worker.client.put(`/api/me/bookmarks/${saved.id}`);
    await settle();

    const marksIn = async (client: TestClient) => {
      const res = await client.get<{ hits: PositionHit[] }>(`/api/positions/search?q=${encodeURIComponent(tag)}`);
      expect(res.status).toBe(200);
      return new Map(res.body.hits.map((h) => [h.id, h.viewer]));
    };
    const mine = await marksIn(worker.client);
    expect(mine.get(applied.id)).toEqual<ViewerMarks>({ applied: true, bookmarked: false, invited: false });
    expect(mine.get(saved.id)).toEqual<ViewerMarks>({ applied: false, bookmarked: true, invited: false });
    expect(mine.get(plain.id)).toEqual<ViewerMarks>({ applied: false, bookmarked: false, invited: false });
    const theirs = await marksIn(other.client);
    expect([...theirs.values()].every((m) => m?.applied === false && m.bookmarked === false)).toBe(true);
    const anonymous = await marksIn(await app.client().init());
    expect([...anonymous.values()].every((m) => m === null)).toBe(true);
    const asOrg = await marksIn(owner.client);
    expect([...asOrg.values()].every((m) => m === null)).toBe(true);
    // The position's own page carries the same marks.
    const page = await worker.client.get<{ viewer: ViewerMarks | null }>(`/api/positions/${applied.id}`);
    expect(page.body.viewer).toEqual({ applied: true, bookmarked: false, invited: false });
    expect((await other.client.get<{ viewer: ViewerMarks | null }>(`/api/positions/${saved.id}`)).body.viewer).toEqual({
      applied: false,
      bookmarked: false,
      invited: false,
    });

    for (const personalised of ['true', 'false']) {
      const recs = await worker.client.get<{ items: { position: PositionHit }[] }>(
        `/api/me/matches?personalised=${personalised}&limit=50`,
      );
      expect(recs.status).toBe(200);
      const ids = recs.body.items.map((m) => m.position.id);
      expect(ids[0]).not.toBe(applied.id);
      const at = ids.indexOf(applied.id);
      if (at >= 0) {
        // Every position after the first applied one is applied too: applied ones come last.
        expect(recs.body.items.slice(at).every((m) => m.position.viewer?.applied)).toBe(true);
        expect(recs.body.items[at]?.position.viewer).toEqual({ applied: true, bookmarked: false, invited: false });
      }
      expect(recs.body.items.find((m) => m.position.id === saved.id)?.position.viewer?.bookmarked ?? true).toBe(true);
    }
  });
});

describe('public organisation page', () => {
  it('when anyone opens a verified organisation, then they see type, place, staff figures and open positions, never the contact person', async () => {
    const org = await orgOwner(app, { bureauClient });
    const open = await openPosition(org.client, {
      title: '公开页岗位',
      primaryDomain: 'medical',
      secondaryDomain: null,
    });
    const closed = await openPosition(org.client, { title: '已关闭岗位' });
    await org.client.post(`/api/positions/${closed.id}/status`, { to: 'closed' });
    const anonymous = await app.client().init();
    const res = await anonymous.get<OrganisationPage>(`/api/organisations/${org.orgId}/public`);
    expect(res.status).toBe(200);
    expect(res.body.organisation).toMatchObject({ id: org.orgId, verified: true });
    expect(res.body.positions.items.map((p) => p.id)).toEqual([open.id]);
    expect(res.body.positions.total).toBe(1);
    expect(res.body.openByDomain).toEqual({ medical: 1 });
    expect(res.body.staff.fullTime).toBeGreaterThanOrEqual(0);
    // The factory's contact person, mobile and e-mail appear nowhere.
    for (const personal of ['王经理', '13900001111', 'contact@example.test']) expect(res.text).not.toContain(personal);
    expect(res.text).not.toContain('contact');
  });

  it('when the organisation is not verified, rejected or closed, then its public page is not found', async () => {
    const pending = await orgOwner(app, { verified: false });
    const anonymous = await app.client().init();
    expect((await anonymous.get(`/api/organisations/${pending.orgId}/public`)).status).toBe(404);
    const rejected = await orgOwner(app, { bureauClient });
    await bureauClient.post(`/api/bureau/organisations/${rejected.orgId}/decision`, {
      decision: 'reject',
      reason: '材料不全，请补充',
    });
    expect((await anonymous.get(`/api/organisations/${rejected.orgId}/public`)).status).toBe(404);
    const closing = await orgOwner(app, { bureauClient });
    const closed = await closing.client.post(`/api/organisations/${closing.orgId}/closure`, { password: PASSWORD });
    expect(closed.status, closed.text).toBe(200);
    expect((await anonymous.get(`/api/organisations/${closing.orgId}/public`)).status).toBe(404);
    expect((await anonymous.get(`/api/organisations/${new mongoose.Types.ObjectId()}/public`)).status).toBe(404);
  });
});

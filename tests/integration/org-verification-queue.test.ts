import crypto from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, signUp } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let b: TestClient;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  b = await bureau(app);
});
afterAll(async () => {
  await app?.close();
});

interface OrgItem {
  id: string;
  name: string;
  creditCode: string;
  districtCode: string;
  status: string;
}
interface BulkResult {
  done: number;
  skipped: number;
  results: { id: string; outcome: string; code: string | null }[];
}
const pending = async (query: string) =>
  (await b.get<{ items: OrgItem[]; total: number }>(`/api/bureau/organisations?pageSize=200&${query}`)).body;
const auditCount = async (orgId: string, action: string) =>
  (
    await b.get<{ items: { target: { id: string | null } }[] }>(`/api/admin/audit?action=${action}&pageSize=100`)
  ).body.items.filter((e) => e.target.id === orgId).length;

describe("the bureau's organisation queue", () => {
  it('when searched by name or credit code, or filtered by district, type or age, then only those match', async () => {
    const tag = crypto.randomBytes(3).toString('hex');
    const pudong = await orgOwner(app, {
      verified: false,
      body: { name: `浦东新区乐群社工服务社 ${tag}`, districtCode: '310115', streetCode: '310115004' },
    });
    const xuhui = await orgOwner(app, { verified: false, body: { name: `徐汇区阳光社工服务社 ${tag}` } });
    const ours = (items: OrgItem[]) => items.map((o) => o.id).filter((id) => [pudong.orgId, xuhui.orgId].includes(id));
    expect(ours((await pending(`q=${encodeURIComponent('乐群')}`)).items)).toEqual([pudong.orgId]);
    expect(ours((await pending(`q=${xuhui.creditCode.slice(2, 12)}`)).items)).toEqual([xuhui.orgId]);
    expect(ours((await pending('districtCode=310115')).items)).toEqual([pudong.orgId]);
    expect(ours((await pending('type=social_work_agency')).items).sort()).toEqual([pudong.orgId, xuhui.orgId].sort());
    expect(ours((await pending('olderThanDays=30')).items)).toEqual([]);
    // An organisation waiting since two months ago.
    await mongoose.connection
      .collection('organisations')
      .updateOne(
        { _id: new mongoose.Types.ObjectId(pudong.orgId) },
        { $set: { createdAt: new Date(Date.now() - 60 * 86400_000) } },
      );
    expect(ours((await pending('olderThanDays=30')).items)).toEqual([pudong.orgId]);
    expect((await b.get('/api/bureau/organisations?districtCode=999999')).status).toBe(400);
  });

  it('when a bulk rejection holds an unknown id, then that one is skipped and the others rejected, each audited once', async () => {
    const one = await orgOwner(app, { verified: false });
    const two = await orgOwner(app, { verified: false });
    const unknown = new mongoose.Types.ObjectId().toHexString();
    const res = await b.post<BulkResult>('/api/bureau/organisations/decisions', {
      decision: 'reject',
      reason: '登记证书照片不清晰',
      ids: [one.orgId, unknown, two.orgId],
    });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => [r.id, r.outcome, r.code])).toEqual([
      [one.orgId, 'done', null],
      [unknown, 'skipped', 'not_found'],
      [two.orgId, 'done', null],
    ]);
    const again = await b.post<BulkResult>('/api/bureau/organisations/decisions', {
      decision: 'reject',
      reason: '登记证书照片不清晰',
      ids: [one.orgId],
    });
    expect(again.body).toMatchObject({ done: 0, skipped: 1, results: [{ code: 'invalid_transition' }] });
    expect(await auditCount(one.orgId, 'organisation_rejected')).toBe(1);
    expect((await pending('status=rejected')).items.map((o) => o.id)).toEqual(
      expect.arrayContaining([one.orgId, two.orgId]),
    );
  });

  it('when a bulk request is malformed, then nothing changes', async () => {
    const one = await orgOwner(app, { verified: false });
    const res = await b.post('/api/bureau/organisations/decisions', {
      decision: 'reject',
      reason: 'x',
      ids: [one.orgId],
    });
    expect(res.status).toBe(400);
    const bad = await b.post('/api/bureau/organisations/decisions', { decision: 'verify', ids: [one.orgId, 'nope'] });
    expect(bad.status).toBe(400);
    expect((await pending('')).items.map((o) => o.id)).toContain(one.orgId);
  });

  it('when verified twice by single decision, then the second is a 409 and audited once', async () => {
    const one = await orgOwner(app, { verified: false });
    const first = await b.post(`/api/bureau/organisations/${one.orgId}/decision`, { decision: 'verify' });
    const second = await b.post(`/api/bureau/organisations/${one.orgId}/decision`, { decision: 'verify' });
    expect([first.status, second.status]).toEqual([200, 409]);
    expect(await auditCount(one.orgId, 'organisation_verified')).toBe(1);
  });

  it('when an organisation or a worker calls the bulk endpoint, then they are refused', async () => {
    const owner = await orgOwner(app, { verified: false });
    const body = { decision: 'verify', ids: [owner.orgId] };
    expect((await owner.client.post('/api/bureau/organisations/decisions', body)).status).toBe(403);
    expect((await (await signUp(app)).client.post('/api/bureau/organisations/decisions', body)).status).toBe(403);
    expect((await pending('')).items.map((o) => o.id)).toContain(owner.orgId);
  });
});

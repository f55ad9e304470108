import type { Application, OwnProfile, ReadinessItem, SentInvitation } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { readyProfileBody } from '../factories/profiles.js';
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

type Refusal = { error: { code: string; message: string; details: { missing?: ReadinessItem[] } } };

const applyTo = (worker: TestClient, positionId: string) =>
  worker.post<Application & Refusal>(`/api/positions/${positionId}/applications`, { note: '你好' });

const storedApplications = (positionId: string) =>
  mongoose.connection
    .collection('applications')
    .countDocuments({ positionId: new mongoose.Types.ObjectId(positionId) });

/** A worker whose record is ready except for the one item left out. */
async function workerWithout(item: ReadinessItem): Promise<TestClient> {
  const { client } = await signUp(app);
  const res = await client.patch<OwnProfile>('/api/me/profile', readyProfileBody());
  if (res.status !== 200) throw new Error(`profile: ${res.status} ${res.text}`);
  if (item === 'education') await client.patch('/api/me/profile', { education: [] });
  if (item === 'domain') await client.patch('/api/me/profile', { serviceDomains: [] });
  if (item === 'contact' || item === 'district') {
    // The personal section cannot be saved without either (the schema refuses), but a record made
    // at sign-up has neither: such a record, with only the other one, is written directly.
    const field = item === 'contact' ? 'personal.mobile' : 'personal.districtCode';
    await mongoose.connection
      .collection('profiles')
      .updateOne({ _id: new mongoose.Types.ObjectId(res.body.id) }, { $set: { [field]: null } });
  }
  return client;
}

describe('applying needs the least record an employer can answer', () => {
  it.each(['contact', 'district', 'education', 'domain'] as const)(
    'when the record has no %s, then 422 profile_incomplete names it and nothing is written',
    async (item) => {
      const position = await openPosition(owner.client);
      const worker = await workerWithout(item);
      const res = await applyTo(worker, position.id);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('profile_incomplete');
      expect(res.body.error.details.missing).toEqual([item]);
      expect(await storedApplications(position.id)).toBe(0);
      const board = await owner.client.get<{ items: Application[] }>(`/api/positions/${position.id}/applications`);
      expect(board.body.items).toEqual([]);
    },
  );

  it('when a fresh worker fills in what was missing, then the same application goes through with phone and district', async () => {
    const position = await openPosition(owner.client);
    const worker = (await signUp(app)).client;
    const refused = await applyTo(worker, position.id);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.missing).toEqual(['contact', 'district', 'education', 'domain']);
    expect((await worker.get<{ items: Application[] }>('/api/me/applications')).body.items).toEqual([]);

    expect((await worker.patch('/api/me/profile', readyProfileBody('周敏'))).status).toBe(200);
    const applied = await applyTo(worker, position.id);
    expect(applied.status).toBe(201);
    const board = await owner.client.get<{ items: Application[] }>(`/api/positions/${position.id}/applications`);
    expect(board.body.items).toHaveLength(1);
    expect(board.body.items[0]?.applicant).toMatchObject({ districtCode: '310104', maskedMobile: expect.any(String) });
  });

  it('when an invited worker with an incomplete record accepts, then 422 and the invitation stays pending', async () => {
    const worker = await signUp(app);
    const body = { ...readyProfileBody(), visibility: 'verified_orgs' as const, openToWork: true };
    const profile = await worker.client.patch<OwnProfile>('/api/me/profile', body);
    expect(profile.status).toBe(200);
    const position = await openPosition(owner.client);
    const sent = await owner.client.post<SentInvitation>('/api/invitations', {
      positionId: position.id,
      profileId: profile.body.id,
      message: '欢迎申请',
    });
    expect(sent.status).toBe(201);
    expect((await worker.client.patch('/api/me/profile', { serviceDomains: [] })).status).toBe(200);

    const accepted = await worker.client.post<Refusal>(`/api/me/invitations/${sent.body.id}/accept`);
    expect(accepted.status).toBe(422);
    expect(accepted.body.error.details.missing).toEqual(['domain']);
    const mine = await worker.client.get<{ items: { id: string; status: string }[] }>('/api/me/invitations');
    expect(mine.body.items.find((i) => i.id === sent.body.id)?.status).toBe('pending');
    expect(await storedApplications(position.id)).toBe(0);

    expect((await worker.client.patch('/api/me/profile', { serviceDomains: ['elderly_care'] })).status).toBe(200);
    expect((await worker.client.post(`/api/me/invitations/${sent.body.id}/accept`)).status).toBe(200);
    expect(await storedApplications(position.id)).toBe(1);
  });
});

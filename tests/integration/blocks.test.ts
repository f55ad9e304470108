import type { Block } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, orgOwner, signUp } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const blocks = () => app.server.services.blocks;

describe('blocks between organisations and workers', () => {
  it('when a worker blocks an organisation, then either side counts as blocked, and only the worker lists and lifts it', async () => {
    const owner = await orgOwner(app);
    const worker = await signUp(app);
    await worker.client.patch('/api/me/profile', { visibility: 'public' });
    expect(await blocks().isBlocked(owner.orgId, worker.user.id)).toBe(false);

    const made = await worker.client.post<Block>('/api/blocks', { orgId: owner.orgId, reason: '不感兴趣' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      by: 'worker',
      orgId: owner.orgId,
      profileId: worker.user.id,
      reason: '不感兴趣',
    });
    expect(await blocks().isBlocked(owner.orgId, worker.user.id)).toBe(true);
    // Twice: the first stands.
    const again = await worker.client.post<Block>('/api/blocks', { orgId: owner.orgId });
    expect(again.body.id).toBe(made.body.id);

    // The organisation is not told, and cannot lift it.
    expect((await owner.client.get<{ items: Block[] }>('/api/blocks')).body.items).toEqual([]);
    expect((await owner.client.delete(`/api/blocks/${made.body.id}`)).status).toBe(404);
    expect((await worker.client.get<{ items: Block[] }>('/api/blocks')).body.items.map((b) => b.id)).toEqual([
      made.body.id,
    ]);
    expect((await worker.client.delete(`/api/blocks/${made.body.id}`)).status).toBe(200);
    expect(await blocks().isBlocked(owner.orgId, worker.user.id)).toBe(false);
  });

  it('when a member blocks a worker, then the organisation lists it with the name masked', async () => {
    const owner = await orgOwner(app);
    const worker: Actor = await signUp(app, { displayName: '王小明' });
    await worker.client.patch('/api/me/profile', {
      visibility: 'public',
      personal: { name: '王小明', birthYear: 1995, districtCode: '310104', mobile: '13800001234' },
    });
    const made = await owner.client.post<Block>('/api/blocks', { profileId: worker.user.id });
    expect(made.status).toBe(201);
    expect(made.body.by).toBe('organisation');
    expect(made.body.workerName).not.toContain('小明');
    expect(await blocks().isBlocked(owner.orgId, worker.user.id)).toBe(true);
    expect((await worker.client.get<{ items: Block[] }>('/api/blocks')).body.items).toEqual([]);
  });

  it('when a side blocks what is not theirs to block, then it is refused', async () => {
    const owner = await orgOwner(app);
    const worker = await signUp(app);
    const other = await orgOwner(app);
    expect((await owner.client.post('/api/blocks', { orgId: other.orgId })).status).toBe(400);
    expect((await worker.client.post('/api/blocks', { profileId: worker.user.id })).status).toBe(400);
    expect((await worker.client.post('/api/blocks', { orgId: '0123456789abcdef01234567' })).status).toBe(404);
  });
});

import type { Position } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgOwner, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '10000' });
});
afterAll(async () => {
  await app?.close();
});

const PAUSE_REASON = '内部：王主任休假，暂停招聘';
const REOPEN_REASON = '内部：预算已批';

/** A published position that a member paused and reopened with internal reasons. */
async function movedPosition() {
  const owner = await orgOwner(app);
  const position = await openPosition(owner.client, { title: `公开岗位 ${Date.now()}` });
  for (const [to, reason] of [
    ['paused', PAUSE_REASON],
    ['open', REOPEN_REASON],
  ] as const) {
    const res = await owner.client.post(`/api/positions/${position.id}/status`, {
      to,
      reason,
      acknowledgeBelowGuidance: true,
    });
    expect(res.status).toBe(200);
  }
  return { owner, position };
}

describe('public responses carry no staff ids or internal free text', () => {
  it('when anyone but a member reads a position, then its history has no staff id and no reason', async () => {
    const { owner, position } = await movedPosition();
    const anonymous = app.client();
    const worker = await signUp(app);
    for (const reader of [anonymous, worker.client]) {
      const res = await reader.get<Position>(`/api/positions/${position.id}`);
      expect(res.status).toBe(200);
      expect(res.body.statusHistory.map((h) => h.status)).toEqual(['draft', 'open', 'paused', 'open']);
      expect(res.body.statusHistory.every((h) => h.by === null && h.reason === null)).toBe(true);
      expect(res.text).not.toContain(owner.user.id);
      expect(res.text).not.toContain(PAUSE_REASON);
    }
  });

  it('when a member of the posting organisation reads it, then they still see who moved it and why', async () => {
    const { owner, position } = await movedPosition();
    const res = await owner.client.get<Position>(`/api/positions/${position.id}`);
    const paused = res.body.statusHistory.find((h) => h.status === 'paused');
    expect(paused).toMatchObject({ by: owner.user.id, reason: PAUSE_REASON });
  });

  it('when every anonymous read is made, then none carries a staff account id or an internal reason', async () => {
    const { owner, position } = await movedPosition();
    await app.server.services.events.idle();
    const anonymous = app.client();
    const reads = [
      `/api/positions/${position.id}`,
      `/api/positions/search?q=${encodeURIComponent(position.title)}`,
      '/api/positions/search',
      '/api/positions/search/streets?q=',
      `/api/organisations/${owner.orgId}`,
      '/api/bureau/ce-rule',
      '/api/salary-guidance',
      '/api/reports',
      '/api/indicators',
      '/api/meta/vocabulary',
      '/api/health',
    ];
    for (const path of reads) {
      const res = await anonymous.get(path);
      expect(`${path} ${res.status}`).toBe(`${path} 200`);
      expect(res.text.includes(owner.user.id) ? path : null).toBeNull();
      expect(res.text.includes(PAUSE_REASON) || res.text.includes(REOPEN_REASON) ? path : null).toBeNull();
    }
  });
});

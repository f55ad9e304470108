import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(async () => {
  await app?.close();
});

describe('per-IP limit on sign-in and sign-up', () => {
  it('when one IP exceeds the per-minute limit, then 429 with Retry-After', async () => {
    const client = await app.client().init();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await client.post('/api/auth/sign-in', { login: `a${i}@x.test`, password: 'p' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const res = await client.post<{ error: { code: string } }>('/api/auth/sign-in', {
      login: 'z@x.test',
      password: 'p',
    });
    expect(res.body.error.code).toBe('rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(res.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });
});

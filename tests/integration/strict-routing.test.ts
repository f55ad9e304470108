import http from 'node:http';
import { User } from '@shsw/server/modules/accounts/index';
import { allRoutes, buildPath, PRIVACY_NOTICE_VERSION, type RouteDef } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await app?.close();
});

const SOME_ID = '65a1f0c2b4e5d6f7a8b9c0d1';

/** The route's path with every parameter filled by a well-formed id. */
function concrete(route: RouteDef): string {
  const names = [...route.path.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string);
  return buildPath(route.path, Object.fromEntries(names.map((n) => [n, SOME_ID])));
}

/** Spellings a lenient router might take for the route: case, trailing slash, empty segments. */
function variants(path: string): string[] {
  const rest = path.slice('/api/'.length);
  const lastSlash = path.lastIndexOf('/');
  return [
    `/Api/${rest}`,
    `/API/${rest}`,
    `${path.slice(0, lastSlash + 1)}${path.slice(lastSlash + 1).toUpperCase()}`,
    `${path}/`,
    `/api//${rest}`,
    `//api/${rest}`,
    `${path.slice(0, lastSlash)}//${path.slice(lastSlash + 1)}`,
  ];
}

/** A request with the path sent byte for byte (fetch would read `//api/x` as a host). */
function rawRequest(method: string, path: string): Promise<{ status: number; code: string | undefined }> {
  const { hostname, port } = new URL(app.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port,
        method,
        path,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': '2', accept: 'application/json' },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { error?: { code?: string } }).error?.code;
          } catch {
            code = undefined;
          }
          resolve({ status: res.statusCode ?? 0, code });
        });
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

const stateChanging = allRoutes.filter((r) => r.method !== 'get');

describe('strict, case-sensitive API routing', () => {
  it('when the route table is walked, then it has state-changing routes to try', () => {
    expect(stateChanging.length).toBeGreaterThan(20);
  });

  it('when a state-changing route is called in any other spelling without a CSRF token, then it never reaches its handler', async () => {
    const reached: string[] = [];
    for (const route of stateChanging) {
      const path = concrete(route);
      for (const variant of new Set(variants(path))) {
        const res = await rawRequest(route.method.toUpperCase(), variant).catch((err: Error) => {
          throw new Error(`${route.method} ${variant}: ${err.message}`);
        });
        const code = res.code;
        if (code !== 'not_found' && code !== 'csrf_failed')
          reached.push(`${route.method} ${variant} → ${res.status} ${code}`);
      }
    }
    expect(reached).toEqual([]);
  }, 120_000);

  it('when the exact spelling is used without a token, then the CSRF check answers (control)', async () => {
    const client = app.client();
    for (const route of stateChanging) {
      const res = await client.request<{ error?: { code: string } }>(route.method.toUpperCase(), concrete(route), {
        body: {},
      });
      expect(`${route.method} ${route.path} ${res.body?.error?.code}`).toBe(
        `${route.method} ${route.path} csrf_failed`,
      );
    }
  }, 60_000);

  it('when sign-up is posted to /Api/… without a token, then no account is created', async () => {
    const client = app.client();
    const login = `variant-${Date.now()}@example.test`;
    const res = await client.post('/Api/auth/sign-up', {
      login,
      password: 'plum-river-lantern-42',
      displayName: '变体',
      role: 'worker',
      acceptPrivacyNotice: true,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    });
    expect(res.status).toBe(404);
    expect(await User.countDocuments({ login })).toBe(0);
  });

  it('when a read is asked for with another case or a trailing slash, then 404 JSON, not the web app', async () => {
    const client = app.client();
    for (const path of ['/Api/meta/vocabulary', '/api/meta/vocabulary/', '/api/Meta/vocabulary', '/api//health']) {
      const res = await client.get<{ error: { code: string } }>(path);
      expect(`${path} ${res.status}`).toBe(`${path} 404`);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await client.get('/api/meta/vocabulary')).status).toBe(200);
  });
});

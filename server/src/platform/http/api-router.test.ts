import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { defineRoute } from '@shsw/shared';
import express from 'express';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorHandler } from '../errors/error-handler.js';
import { ApiRouter } from './api-router.js';

const echo = defineRoute({
  method: 'post',
  path: '/api/things/:id',
  summary: 'test route',
  tags: ['test'],
  access: 'public',
  params: z.strictObject({ id: z.string().regex(/^\d+$/) }),
  query: z.strictObject({ page: z.coerce.number().int().min(1).default(1) }),
  body: z.strictObject({ name: z.string().min(2), age: z.number().int() }),
  response: z.object({ id: z.string(), page: z.number(), name: z.string() }),
});
const leaky = defineRoute({
  method: 'get',
  path: '/api/leaky',
  summary: 'returns more than its contract',
  tags: ['test'],
  access: 'public',
  response: z.object({ name: z.string() }),
});
const broken = defineRoute({ ...leaky, path: '/api/broken' });
const privateRoute = defineRoute({ ...leaky, path: '/api/private', access: ['bureau'] });
const byId = defineRoute({
  method: 'get',
  path: '/api/things/:id',
  summary: 'a thing',
  tags: ['test'],
  access: 'public',
  params: z.strictObject({ id: z.string().regex(/^\d+$/) }),
  response: z.object({ name: z.string() }),
});
const staticBeside = defineRoute({ ...byId, path: '/api/things/search', params: undefined });

let server: http.Server;
let base: string;

beforeAll(async () => {
  const app = express();
  app.use(pinoHttp({ logger: pino({ level: 'silent' }) }));
  app.use(express.json());
  const router = new ApiRouter()
    .route(echo, ({ params, query, body }) => ({ id: params.id, page: query.page, name: body.name }))
    .route(leaky, () => ({ name: 'a', passwordHash: 'secret' }) as { name: string })
    .route(broken, () => {
      throw new Error('database exploded at /srv/app/secret.ts:42');
    })
    .route(privateRoute, () => ({ name: 'x' }))
    // Registered after the parameterised route on purpose: the static path must still win.
    .route(byId, ({ params }) => ({ name: `thing ${params.id}` }))
    .route(staticBeside, () => ({ name: 'search' }));
  app.use(router.build());
  app.use(errorHandler);
  server = http.createServer(app).listen(0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('ApiRouter', () => {
  it('when params, query and body are valid, then the handler gets parsed values', async () => {
    const res = await post('/api/things/42?page=3', { name: 'Li', age: 30 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: '42', page: 3, name: 'Li' });
  });

  it('when several parts are invalid, then 400 validation_failed lists every issue with its path', async () => {
    const res = await post('/api/things/abc?page=0&sort=x', { name: 'L', extra: true });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: { issues: { path: string }[] } } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.issues.map((i) => i.path).sort()).toEqual(
      ['body.age', 'body.extra', 'body.name', 'params.id', 'query.page', 'query.sort'].sort(),
    );
  });

  it('when a handler returns fields outside the contract, then they are stripped', async () => {
    const res = await fetch(`${base}/api/leaky`);
    expect(await res.json()).toEqual({ name: 'a' });
  });

  it('when a handler throws, then 500 internal_error without the message or a stack', async () => {
    const res = await fetch(`${base}/api/broken`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal_error');
    expect(text).not.toContain('exploded');
    expect(text).not.toContain('secret.ts');
  });

  it('when a static path and a parameterised one could both match, then the static one answers', async () => {
    expect(await (await fetch(`${base}/api/things/search`)).json()).toEqual({ name: 'search' });
    expect(await (await fetch(`${base}/api/things/7`)).json()).toEqual({ name: 'thing 7' });
  });

  it('when an anonymous visitor calls a role-restricted route, then 401 unauthenticated', async () => {
    const res = await fetch(`${base}/api/private`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });
});

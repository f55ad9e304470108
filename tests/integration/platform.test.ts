import { Validator } from '@seriousme/openapi-schema-validator';
import { allRoutes, type ErrorEnvelope, type Health, type Vocabulary } from '@shsw/shared';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('health', () => {
  it('when the database is up, then health is ok with db up', async () => {
    const res = await app.client().get<Health>('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', db: 'up', search: 'up' });
    expect(res.body.engines.db).toMatch(
      /ferretdb-postgresql|ferretdb-sqlite|mongodb|mongod-local|mongodb-memory-server/,
    );
  });
});

describe('vocabulary', () => {
  it('when asked, then it lists 28 domains, 3 levels, 4 categories and 16 districts with 215 streets/towns', async () => {
    const { status, body } = await app.client().get<Vocabulary>('/api/meta/vocabulary');
    expect(status).toBe(200);
    expect(body.serviceDomains).toHaveLength(28);
    expect(new Set(body.serviceDomains.map((d) => d.code)).size).toBe(28);
    expect(body.serviceDomains.filter((d) => d.priority).map((d) => d.code)).toEqual(['child_welfare', 'elderly_care']);
    expect(
      body.serviceDomains
        .filter((d) => d.emerging)
        .map((d) => d.code)
        .sort(),
    ).toEqual(['financial', 'labour_mediation', 'life_care', 'migration', 'people_mediation', 'public_health']);
    expect(body.certificateLevels.map((l) => l.label.zh)).toEqual(['助理社会工作师', '社会工作师', '高级社会工作师']);
    expect(body.talentCategories).toHaveLength(4);
    expect(body.districts).toHaveLength(16);
    const units = body.districts.flatMap((d) => d.streets);
    const count = (kind: string) => units.filter((s) => s.kind === kind).length;
    expect([count('street'), count('town'), count('township'), count('other')]).toEqual([107, 106, 2, 19]);
    expect(units.filter((s) => s.statisticalOnly)).toHaveLength(19);
    expect(units.every((s) => s.label.zh && s.label.en)).toBe(true);
    expect(body.districts.find((d) => d.code === '310106')?.label).toEqual({ zh: '静安区', en: "Jing'an" });
  });
});

describe('OpenAPI', () => {
  it('when fetched, then it is a valid OpenAPI 3.1 document whose schemas compile', async () => {
    const { status, body } = await app.client().get<Record<string, unknown>>('/api/openapi.json');
    expect(status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate(structuredClone(body));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const components = (body.components as { schemas: Record<string, object> }).schemas;
    ajv.addSchema({ $id: 'oas', components: { schemas: components } });
    for (const name of Object.keys(components)) {
      expect(() => ajv.getSchema(`oas#/components/schemas/${name}`), name).not.toThrow();
    }
  });

  it('when compared with the app, then it covers every mounted route and every contract route is mounted', async () => {
    const { body } = await app.client().get<{ paths: Record<string, Record<string, unknown>> }>('/api/openapi.json');
    const documented = Object.entries(body.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const mounted = app.server.app.locals.api.mounted.map((r) => `${r.method} ${r.path}`);
    const contract = allRoutes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(mounted)).toEqual(new Set(contract));
    expect(new Set(documented)).toEqual(new Set(contract));
  });

  it('when the docs page is opened, then it loads Swagger UI from our own assets', async () => {
    const page = await app.client().get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.text).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const asset = await app.client().get('/api/docs/assets/swagger-ui-bundle.js');
    expect(asset.status).toBe(200);
    expect(asset.text.length).toBeGreaterThan(100_000);
  });
});

describe('error envelope', () => {
  it('when the body is malformed JSON, then 400 invalid_json', async () => {
    const res = await app.client().post<ErrorEnvelope>('/api/meta/vocabulary', '{"name": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('when the route does not exist, then 404 not_found naming it', async () => {
    const res = await app.client().get<ErrorEnvelope>('/api/no-such-thing?x=1');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/no-such-thing' } });
  });

  it('when the body is over the limit, then 413 payload_too_large', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(1_100_000) });
    const res = await app.client().post<ErrorEnvelope>('/api/meta/vocabulary', big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });
});

describe('HTTP hygiene', () => {
  it('when any request is answered, then it carries security headers and a request id', async () => {
    const res = await app.client().get('/api/health', { 'x-request-id': 'trace-abc-123' });
    expect(res.headers.get('x-request-id')).toBe('trace-abc-123');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when a client sends a hostile request id, then a fresh one is used', async () => {
    const res = await app.client().get('/api/health', { 'x-request-id': `<script>${'x'.repeat(100)}` });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('scheduler', () => {
  it('when stopping while a long job runs, then stop returns after its grace and the job is abandoned, not awaited', async () => {
    const { Scheduler } = await import('@shsw/server/platform/jobs/scheduler');
    const { createLogger } = await import('@shsw/server/platform/logger');
    let release: () => void = () => undefined;
    let began: () => void = () => undefined;
    const inJob = new Promise<void>((resolve) => {
      began = resolve;
    });
    const scheduler = new Scheduler(createLogger('silent')).every('long-scan-probe', 3_600_000, async () => {
      began();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    const running = scheduler.runOnce('long-scan-probe');
    await inJob;
    const started = Date.now();
    await scheduler.stop(300);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(250);
    expect(took).toBeLessThan(3_000);
    release();
    expect(await running).toBe(true);
  });
});

import { allRoutes, type RouteDef } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
beforeAll(async () => {
  // A tiny per-IP budget; each test comes from an address of its own (X-Forwarded-For).
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1' });
});
afterAll(async () => {
  await app?.close();
});

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: { type?: string; minimum?: number; maximum?: number; maxItems?: number };
}
type Document = { paths: Record<string, Record<string, { parameters?: Parameter[] }>> };

const shapeOf = (schema: z.ZodType | undefined) =>
  ((schema as (z.ZodType & { shape?: Record<string, z.ZodType> }) | undefined)?.shape ?? {}) as Record<
    string,
    z.ZodType
  >;

function documentedQuery(doc: Document, route: RouteDef): Parameter[] {
  const path = route.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
  return (doc.paths[path]?.[route.method]?.parameters ?? []).filter((p) => p.in === 'query');
}

let seq = 0;
const withQuery = allRoutes.filter((r) => r.query);

describe('health and the API rate limit', () => {
  it('when health is polled more often than the per-IP limit, then it still answers and uses none of the budget', async () => {
    const client = app.client();
    const health: number[] = [];
    for (let i = 0; i < 6; i += 1) health.push((await client.get('/api/health')).status);
    expect(health).toEqual([200, 200, 200, 200, 200, 200]);
    const api: number[] = [];
    for (let i = 0; i < 4; i += 1) api.push((await client.get('/api/meta/vocabulary')).status);
    expect(api).toEqual([200, 200, 200, 429]);
    expect((await client.get('/api/health')).status).toBe(200);
  });
});

describe('the OpenAPI document matches what the server accepts', () => {
  it('when a query parameter may be left out, then it is optional in the document, and required only when it may not', async () => {
    const doc = (await app.client().get<Document>('/api/openapi.json', { 'x-forwarded-for': `198.51.100.${++seq}` }))
      .body;
    const wrong: string[] = [];
    for (const route of withQuery) {
      const shape = shapeOf(route.query);
      const params = documentedQuery(doc, route);
      expect(params.map((p) => p.name).sort(), route.path).toEqual(Object.keys(shape).sort());
      for (const param of params) {
        const optional = shape[param.name]?.safeParse(undefined).success ?? false;
        if (param.required === optional)
          wrong.push(`${route.method} ${route.path} ${param.name} required=${param.required}`);
      }
    }
    expect(wrong).toEqual([]);
    const search = documentedQuery(doc, allRoutes.find((r) => r.path === '/api/positions/search') as RouteDef);
    for (const name of ['domain', 'district', 'street', 'employmentType', 'talentCategory', 'orgType']) {
      expect(search.find((p) => p.name === name)?.required).toBe(false);
    }
  });

  it('when a query parameter is a number, then its bounds are documented and are exactly the ones enforced', async () => {
    const doc = (await app.client().get<Document>('/api/openapi.json', { 'x-forwarded-for': `198.51.100.${++seq}` }))
      .body;
    const wrong: string[] = [];
    let numeric = 0;
    for (const route of withQuery) {
      const shape = shapeOf(route.query);
      for (const param of documentedQuery(doc, route)) {
        const zod = shape[param.name];
        if (!zod) continue;
        // A parameter is numeric when the server takes "1" for it and refuses "x".
        const takesNumbers = zod.safeParse('1').success && !zod.safeParse('x').success;
        if (!takesNumbers) continue;
        numeric += 1;
        const where = `${route.method} ${route.path} ${param.name}`;
        const { type, minimum, maximum } = param.schema;
        if (type !== 'integer' && type !== 'number') wrong.push(`${where}: documented as ${type ?? 'untyped'}`);
        if (minimum === undefined || maximum === undefined) {
          wrong.push(`${where}: bounds not documented`);
          continue;
        }
        const accepts = (n: number) => zod.safeParse(String(n)).success;
        if (!accepts(minimum) || !accepts(maximum) || accepts(minimum - 1) || accepts(maximum + 1)) {
          wrong.push(`${where}: documented ${minimum}..${maximum} is not what is enforced`);
        }
      }
    }
    expect(numeric).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
});

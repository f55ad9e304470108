import { type ApiErrorCode, errorEnvelopeSchema, errorStatus, type RouteDef } from '@shsw/shared';
import { z } from 'zod';

type JsonSchema = Record<string, unknown>;

/** Errors any route may answer with, on top of the ones a route declares. */
const commonErrors: ApiErrorCode[] = ['internal_error', 'rate_limited', 'database_unavailable', 'server_busy'];

/**
 * Builds the OpenAPI 3.1 document from the shared route contract. Schemas carrying
 * `.meta({ id })` become components; everything else is inlined.
 */
export function buildOpenApi(routes: readonly RouteDef[], info: { version: string }): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const convert = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    return hoistDefs(json, components, io);
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const oasPath = route.path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}');
    const operation: Record<string, unknown> = {
      operationId: operationId(route),
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [...route.tags],
      ...(route.access === 'public' ? { security: [] } : {}),
      ...(route.access !== 'public' && route.access !== 'signed_in' ? { 'x-roles': [...route.access] } : {}),
      parameters: [...parametersOf(route.params, 'path', convert), ...parametersOf(route.query, 'query', convert)],
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: convert(route.body, 'input') } } } }
        : {}),
      ...(route.upload
        ? {
            requestBody: {
              required: true,
              description: `The file itself, at most ${route.upload.maxBytes} bytes.`,
              content: Object.fromEntries(
                route.upload.mediaTypes.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }]),
              ),
            },
          }
        : {}),
      responses: responsesOf(route, convert),
    };
    paths[oasPath] = { ...(paths[oasPath] ?? {}), [route.method]: operation };
  }

  convert(errorEnvelopeSchema, 'output');
  return {
    openapi: '3.1.0',
    info: {
      title: '上海社会工作人才供需平台 API — Shanghai social-work talent supply–demand platform',
      version: info.version,
      description:
        'Every failure answers `{ "error": { "code", "message", "details"? } }`. State-changing requests need the ' +
        '`X-CSRF-Token` header from `GET /api/auth/csrf` and the session cookie.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.flatMap((r) => r.tags))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'shsw.sid' } },
    },
    security: [{ session: [] }],
  };
}

function operationId(route: RouteDef): string {
  const words = route.path
    .replace(/^\/api\//, '')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((w) => (w.startsWith(':') ? `by_${w.slice(1)}` : w));
  return [route.method, ...words].join('_');
}

function parametersOf(
  schema: z.ZodType | undefined,
  where: 'path' | 'query',
  convert: (s: z.ZodType, io: 'input' | 'output') => JsonSchema,
): unknown[] {
  if (!schema) return [];
  const json = convert(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required as string[] | undefined) ?? []);
  const shape = (schema as z.ZodType & { shape?: Record<string, z.ZodType> }).shape ?? {};
  return Object.entries(properties).map(([name, inputSide]) => {
    const property = documentedParameter(shape[name], inputSide, convert);
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(property.description ? { description: property.description } : {}),
      schema: property,
      ...(property.type === 'array' ? { style: 'form', explode: true } : {}),
    };
  });
}

/**
 * A parameter arrives as text and the route's schema turns it into what the handler gets: for a
 * transform (`"20"` → 20, `a` → `[a]`) the document describes what it becomes, with its bounds,
 * since that is what the parameter's value means on the wire (OpenAPI serialises query values).
 */
function documentedParameter(
  zodSchema: z.ZodType | undefined,
  inputSide: JsonSchema,
  convert: (s: z.ZodType, io: 'input' | 'output') => JsonSchema,
): JsonSchema {
  type Def = { type?: string; innerType?: unknown; out?: unknown; defaultValue?: unknown };
  let core = zodSchema as { def?: Def } | undefined;
  let fallback: unknown = inputSide.default;
  while (core?.def && ['default', 'optional', 'prefault', 'nullable'].includes(core.def.type ?? '')) {
    if (core.def.type === 'default' && fallback === undefined) fallback = core.def.defaultValue;
    core = core.def.innerType as typeof core;
  }
  if (core?.def?.type !== 'pipe' || !core.def.out) return inputSide;
  const produced = convert(core.def.out as z.ZodType, 'output');
  return {
    ...produced,
    ...(fallback !== undefined ? { default: fallback } : {}),
    ...(inputSide.description ? { description: inputSide.description } : {}),
  };
}

function responsesOf(route: RouteDef, convert: (s: z.ZodType, io: 'input' | 'output') => JsonSchema) {
  const status = String(route.status ?? 200);
  const success =
    route.status === 204
      ? { description: 'No content' }
      : route.response
        ? { description: 'OK', content: { 'application/json': { schema: convert(route.response, 'output') } } }
        : { description: 'OK', content: { [route.produces ?? 'application/octet-stream']: {} } };
  const codes = new Set<ApiErrorCode>([...commonErrors, ...(route.errors ?? [])]);
  if (route.params || route.query || route.body) codes.add('validation_failed');
  if (route.body) codes.add('invalid_json').add('payload_too_large');
  if (route.upload) codes.add('payload_too_large').add('unsupported_media_type');
  if (route.access !== 'public') codes.add('unauthenticated');
  if (route.access !== 'public' && route.access !== 'signed_in') codes.add('forbidden');
  if (route.method !== 'get' && route.access !== 'public') codes.add('csrf_failed');
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of codes) byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  const errors = Object.fromEntries(
    [...byStatus.entries()]
      .sort(([a], [b]) => a - b)
      .map(([code, names]) => [
        String(code),
        {
          description: `Error: ${names.join(', ')}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } },
        },
      ]),
  );
  return { [status]: success, ...errors };
}

/** Moves `$defs` into components (suffixing input variants that differ) and rewrites their refs. */
function hoistDefs(json: JsonSchema, components: Record<string, JsonSchema>, io: 'input' | 'output'): JsonSchema {
  const { $defs, $schema: _schema, ...rest } = json as JsonSchema & { $defs?: Record<string, JsonSchema> };
  const renames = new Map<string, string>();
  for (const [id, def] of Object.entries($defs ?? {})) {
    const existing = components[id];
    const name = !existing || sameJson(existing, def) || io === 'output' ? id : `${id}Input`;
    renames.set(id, name);
  }
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => {
          if (k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/')) {
            const id = v.slice('#/$defs/'.length);
            return [k, `#/components/schemas/${renames.get(id) ?? id}`];
          }
          return [k, rewrite(v)];
        }),
      );
    }
    return value;
  };
  for (const [id, def] of Object.entries($defs ?? {})) {
    const name = renames.get(id) ?? id;
    if (!components[name]) components[name] = rewrite(def) as JsonSchema;
  }
  // A schema with its own id comes back as a bare $ref-free object whose id is in `id`; reference it instead.
  const selfId = typeof rest.id === 'string' ? rest.id : undefined;
  const body = rewrite(rest) as JsonSchema;
  if (selfId) {
    const { id: _id, ...def } = body;
    const name =
      !components[selfId] || sameJson(components[selfId], def) || io === 'output' ? selfId : `${selfId}Input`;
    if (!components[name]) components[name] = def;
    return { $ref: `#/components/schemas/${name}` };
  }
  return body;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

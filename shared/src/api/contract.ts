import type { z } from 'zod';
import type { ApiErrorCode } from './error-codes.js';

export const roles = ['worker', 'org', 'bureau', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Who may call a route at all; object-level checks happen in each feature's policy. */
export type Access = 'public' | 'signed_in' | readonly Role[];

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * One endpoint of the API: the single source for request validation on the server,
 * the typed fetcher in the client and the OpenAPI document.
 */
export interface RouteDef {
  method: HttpMethod;
  /** Express-style path, `/api/positions/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  access: Access;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A raw file upload instead of a JSON body: the handler receives the bytes. */
  upload?: { mediaTypes: readonly string[]; maxBytes: number };
  /** Response body schema; `null` for 204 and for non-JSON responses described by `produces`. */
  response: z.ZodType | null;
  status?: 200 | 201 | 202 | 204;
  /** Media type of a non-JSON response (HTML page, file download). */
  produces?: string;
  /** Error codes this route answers with besides the ones every route may give. */
  errors?: readonly ApiErrorCode[];
  /**
   * `heavy`: the route reads or computes much (exports, reports, matching). The server runs at
   * most one per person and a few overall at a time, so they cannot crowd out everyone's small
   * requests. Any list asked for more than 50 items a page counts as heavy too.
   */
  cost?: 'heavy';
}

export function defineRoute<const D extends RouteDef>(def: D): D {
  return def;
}

type InferOr<T, Fallback> = T extends z.ZodType ? z.infer<T> : Fallback;
type InputOr<T, Fallback> = T extends z.ZodType ? z.input<T> : Fallback;

/** What a handler receives after validation. */
export interface ParsedRequest<D extends RouteDef> {
  params: InferOr<D['params'], Record<string, never>>;
  query: InferOr<D['query'], Record<string, never>>;
  body: InferOr<D['body'], undefined>;
}

/** What a client sends (before defaults and coercion). */
export interface RouteCall<D extends RouteDef> {
  params: InputOr<D['params'], undefined>;
  query: InputOr<D['query'], undefined>;
  body: InputOr<D['body'], undefined>;
}

export type RouteResponse<D extends RouteDef> = D['response'] extends z.ZodType ? z.infer<D['response']> : undefined;

/** Fills `:name` segments of a route path; values are URI-encoded. */
export function buildPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

import {
  apiRoutes,
  buildPath,
  csrfResponseSchema,
  type RouteCall,
  type RouteDef,
  type RouteResponse,
} from '@shsw/shared';
import { ApiError, errorFromEnvelope, parseRetryAfter } from './api-error';
import { currentLocale } from './i18n';

/** Until the server answers it, state-changing calls go out without a token. */
const csrfPath = apiRoutes.auth.csrf.path;

type Fields<D extends RouteDef> = RouteCall<D>;
/** Keys a caller may leave out: absent schemas, and queries/bodies whose fields are all optional. */
type OptionalKeys<T> = {
  [K in keyof T]-?: undefined extends T[K] ? K : Record<never, never> extends T[K] ? K : never;
}[keyof T];

/** What `callApi` takes for a route: its params, query and body as the shared schemas' input types. */
export type ApiCall<D extends RouteDef> = { [K in OptionalKeys<Fields<D>>]?: Fields<D>[K] } & {
  [K in Exclude<keyof Fields<D>, OptionalKeys<Fields<D>>>]: Fields<D>[K];
} & { signal?: AbortSignal };

type CallArgs<D extends RouteDef> = Record<never, never> extends ApiCall<D> ? [call?: ApiCall<D>] : [call: ApiCall<D>];

interface LooseCall {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
  signal?: AbortSignal;
}

/** `?a=1&tag=x&tag=y`: arrays become repeated keys; `undefined` and `null` are left out. */
export function toQueryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      search.append(key, item instanceof Date ? item.toISOString() : String(item));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

let csrfToken: Promise<string | null> | null = null;

async function fetchCsrfToken(): Promise<string | null> {
  try {
    const response = await fetch(csrfPath, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) return null;
    const parsed = csrfResponseSchema.safeParse(await response.json());
    return parsed.success ? parsed.data.csrfToken : null;
  } catch {
    return null;
  }
}

function getCsrfToken(): Promise<string | null> {
  csrfToken ??= fetchCsrfToken().then((token) => {
    if (token === null) csrfToken = null; // not there yet: ask again next time
    return token;
  });
  return csrfToken;
}

/** Forgets the CSRF token; call after sign-in and sign-out, when the session (and its token) changes. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

/** Uses the token a sign-in, sign-up or password change returned: it is bound to the new session. */
export function setCsrfToken(token: string): void {
  csrfToken = Promise.resolve(token);
}

async function failureOf(response: Response): Promise<ApiError | null> {
  if (response.ok) return null;
  return errorFromEnvelope(
    response.status,
    await readBody(response),
    parseRetryAfter(response.headers.get('Retry-After')),
  );
}

/**
 * Sends state-changing requests with the CSRF token, retrying once with a fresh token when the
 * server answers `csrf_failed` (the session changed or the token expired).
 */
async function sendWithCsrf(
  url: string,
  init: { method: string; headers: Record<string, string>; body?: BodyInit; signal?: AbortSignal },
): Promise<Response> {
  const needsCsrf = init.method !== 'GET';
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': currentLocale(),
      ...init.headers,
    };
    if (needsCsrf) {
      const token = await getCsrfToken();
      if (token) headers['X-CSRF-Token'] = token;
    }
    try {
      return await fetch(url, { ...init, headers, credentials: 'same-origin' });
    } catch (error) {
      if (init.signal?.aborted) throw error; // cancellation is not a failure
      const message = error instanceof Error ? error.message : String(error);
      throw new ApiError({ status: 0, code: 'network_error', message });
    }
  };
  let response = await send();
  let failure = await failureOf(response);
  if (failure?.code === 'csrf_failed' && needsCsrf) {
    resetCsrfToken();
    response = await send();
    failure = await failureOf(response);
  }
  if (failure) throw failure;
  return response;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Calls one endpoint of the shared route contract and returns its typed response body.
 * Throws `ApiError` for any non-2xx answer or when the server cannot be reached; never shows UI itself.
 */
export async function callApi<D extends RouteDef>(route: D, ...args: CallArgs<D>): Promise<RouteResponse<D>> {
  const { params, query, body, signal } = (args[0] ?? {}) as LooseCall;
  const headers: Record<string, string> = body === undefined ? {} : { 'Content-Type': 'application/json' };
  const response = await sendWithCsrf(urlOf(route, params, query), {
    method: route.method.toUpperCase(),
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  if (response.status === 204 || route.response === null) return undefined as RouteResponse<D>;
  return (await readBody(response)) as RouteResponse<D>;
}

function urlOf(route: RouteDef, params?: Record<string, unknown>, query?: Record<string, unknown>): string {
  const stringParams = params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return buildPath(route.path, stringParams) + toQueryString(query);
}

/** A route that takes a raw file as its body (`upload` in the contract). */
type UploadRoute = RouteDef & { upload: { mediaTypes: readonly string[]; maxBytes: number } };

/**
 * Sends a file as the raw request body of an upload route, with the file's media type (or the
 * first one the route accepts that matches its extension). Same errors as `callApi`.
 */
export async function uploadFile<D extends UploadRoute>(
  route: D,
  call: Omit<ApiCall<D>, 'body'> & { file: File },
): Promise<RouteResponse<D>> {
  const { params, query, signal, file } = call as LooseCall & { file: File };
  const response = await sendWithCsrf(urlOf(route, params, query), {
    method: route.method.toUpperCase(),
    headers: { 'Content-Type': mediaTypeOf(file, route.upload.mediaTypes) },
    body: file,
    signal,
  });
  return (await readBody(response)) as RouteResponse<D>;
}

const mediaTypeByExtension: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Browsers often give CSV files `application/vnd.ms-excel` or nothing; the extension decides then. */
function mediaTypeOf(file: File, accepted: readonly string[]): string {
  if (accepted.includes(file.type)) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return mediaTypeByExtension[extension] ?? (file.type || 'application/octet-stream');
}

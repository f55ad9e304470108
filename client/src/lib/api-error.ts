import { type ApiErrorCode, apiErrorCodes } from '@shsw/shared';

/** The API's error codes plus `network_error`, for when no answer arrived at all. */
export type ClientErrorCode = ApiErrorCode | 'network_error';

/** A failed API call: the HTTP status (0 when the server was unreachable) and the envelope's code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly details: unknown;
  /** Seconds to wait before trying again (`too_many_attempts`, `rate_limited`), from the details or `Retry-After`. */
  readonly retryAfter: number | null;

  constructor(init: {
    status: number;
    code: ClientErrorCode;
    message: string;
    details?: unknown;
    retryAfter?: number | null;
  }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.retryAfter = retryAfterIn(init.details) ?? init.retryAfter ?? null;
  }
}

function retryAfterIn(details: unknown): number | null {
  if (typeof details !== 'object' || details === null || !('retryAfter' in details)) return null;
  const value = Number(details.retryAfter);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** `Retry-After` in seconds (a delay, or an HTTP date), or null. */
export function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds > 0 ? seconds : null;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (apiErrorCodes as readonly string[]).includes(value);
}

/** Reads `{ error: { code, message, details? } }`; anything else becomes `internal_error` (or `service_unavailable` from a gateway). */
export function errorFromEnvelope(status: number, body: unknown, retryAfter: number | null = null): ApiError {
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  if (typeof error === 'object' && error !== null && 'code' in error && isApiErrorCode(error.code)) {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : error.code;
    const details = 'details' in error ? error.details : undefined;
    return new ApiError({ status, code: error.code, message, details, retryAfter });
  }
  // A proxy or gateway answered instead of the API (it is down or restarting).
  const code = status === 502 || status === 503 || status === 504 ? 'service_unavailable' : 'internal_error';
  return new ApiError({ status, code, message: `HTTP ${status} without an error envelope` });
}

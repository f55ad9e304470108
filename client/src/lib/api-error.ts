import { type ApiErrorCode, apiErrorCodes } from '@shsw/shared';

/** The API's error codes plus `network_error`, for when no answer arrived at all. */
export type ClientErrorCode = ApiErrorCode | 'network_error';

/** A failed API call: the HTTP status (0 when the server was unreachable) and the envelope's code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly details: unknown;

  constructor(init: { status: number; code: ClientErrorCode; message: string; details?: unknown }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isApiErrorCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && (apiErrorCodes as readonly string[]).includes(value);
}

/** Reads `{ error: { code, message, details? } }`; anything else becomes `internal_error` (or `service_unavailable` from a gateway). */
export function errorFromEnvelope(status: number, body: unknown): ApiError {
  const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  if (typeof error === 'object' && error !== null && 'code' in error && isApiErrorCode(error.code)) {
    const message = 'message' in error && typeof error.message === 'string' ? error.message : error.code;
    const details = 'details' in error ? error.details : undefined;
    return new ApiError({ status, code: error.code, message, details });
  }
  // A proxy or gateway answered instead of the API (it is down or restarting).
  const code = status === 502 || status === 503 || status === 504 ? 'service_unavailable' : 'internal_error';
  return new ApiError({ status, code, message: `HTTP ${status} without an error envelope` });
}

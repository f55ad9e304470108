import type { ErrorEnvelope } from '@shsw/shared';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';
import { isDatabaseUnavailable } from '../db/db-errors.js';
import { AppError } from './app-error.js';
import { issuesFrom } from './validation-issues.js';

interface BodyParserError {
  type: string;
  status?: number;
  limit?: number;
}

function isBodyParserError(err: unknown): err is BodyParserError {
  return typeof err === 'object' && err !== null && typeof (err as { type?: unknown }).type === 'string';
}

/** Turns anything thrown into an AppError the client may see. Unknown errors become internal_error. */
export function normaliseError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof z.ZodError) {
    return new AppError('validation_failed', 'the request is not valid', { issues: issuesFrom('body', err.issues) });
  }
  if (isBodyParserError(err)) {
    switch (err.type) {
      case 'entity.parse.failed':
        return new AppError('invalid_json', 'the request body is not valid JSON');
      case 'entity.too.large':
        return new AppError('payload_too_large', `the request body is larger than ${err.limit ?? 'allowed'} bytes`);
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return new AppError('unsupported_media_type', 'unsupported charset or content encoding');
      case 'request.aborted':
        return new AppError('bad_request', 'the request was aborted');
    }
  }
  if (isDatabaseUnavailable(err)) return databaseUnavailable();
  return new AppError('internal_error', 'something went wrong on our side; the error has been logged');
}

export const databaseUnavailable = () =>
  new AppError('database_unavailable', 'the database is restarting; try again in a few seconds', undefined, {
    'Retry-After': '5',
  });

export function envelope(err: AppError): ErrorEnvelope {
  return {
    error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) },
  };
}

/** The one error writer: every failure leaves as `{ error: { code, message, details? } }`, never a stack. */
export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  const appError = normaliseError(err);
  if (appError.code === 'internal_error') req.log.error({ err }, 'unhandled error');
  else if (appError.status >= 500) req.log.warn({ code: appError.code }, appError.message);
  if (res.headersSent) {
    next(err);
    return;
  }
  if (appError.headers) res.set(appError.headers);
  res.status(appError.status).json(envelope(appError));
};

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `no route for ${req.method} ${req.originalUrl.split('?')[0]}`));
};

import type { RequestHandler } from 'express';
import { AppError } from '../errors/app-error.js';

/** Anything that looks like an API path to a lenient reader: any case, any number of leading slashes. */
const API_LIKE = /^\/+api(?:\/|$)/i;

/** True for an API path in its one exact spelling: `/api/…`, no empty segment, no trailing slash. */
export function isCanonicalApiPath(path: string): boolean {
  return path.startsWith('/api/') && !path.endsWith('/') && !path.includes('//');
}

/**
 * Answers 404 for every near-spelling of an API path (`/Api/…`, `/api/x/`, `/api//x`, `//api/x`)
 * before anything else runs, so no check mounted on `/api` (rate limit, session, CSRF) can be
 * stepped around by a variant that some other layer would still route.
 */
export const canonicalApiPaths: RequestHandler = (req, _res, next) => {
  if (API_LIKE.test(req.path) && !isCanonicalApiPath(req.path)) {
    next(new AppError('not_found', `no route for ${req.method} ${req.path}; API paths are exact and lower-case`));
    return;
  }
  next();
};

/** Whether a request is an API request for the checks that guard them (CSRF, sessions). */
export const isApiLike = (path: string) => API_LIKE.test(path);

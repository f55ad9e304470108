import crypto from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../../platform/errors/app-error.js';
import { isApiLike } from '../../platform/http/canonical-paths.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { cookieOptions } from './sessions.service.js';

export const CSRF_COOKIE = 'shsw.csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Signed double-submit tokens: a random httpOnly cookie, and a token that is its HMAC with the
 * server secret, bound to the session. Another site can neither read the cookie nor forge the
 * token, and a token from before sign-in stops working after it.
 */
export class CsrfGuard {
  constructor(private readonly secret: string) {}

  private sign(cookie: string, viewer: Viewer | null): string {
    return crypto
      .createHmac('sha256', this.secret)
      .update(`csrf:${cookie}:${viewer?.sessionId ?? 'anonymous'}`)
      .digest('base64url');
  }

  /** The token for this request's cookie, setting the cookie first when the browser has none. */
  issue(req: Request, res: Response, viewer: Viewer | null): string {
    let cookie = req.cookies?.[CSRF_COOKIE];
    if (typeof cookie !== 'string' || cookie.length < 32) {
      cookie = crypto.randomBytes(32).toString('base64url');
      res.cookie(CSRF_COOKIE, cookie, cookieOptions(req));
      req.cookies = { ...req.cookies, [CSRF_COOKIE]: cookie };
    }
    return this.sign(cookie, viewer);
  }

  verify(req: Request, viewer: Viewer | null): boolean {
    const cookie = req.cookies?.[CSRF_COOKIE];
    const header = req.get('x-csrf-token');
    if (typeof cookie !== 'string' || !header) return false;
    const expected = Buffer.from(this.sign(cookie, viewer));
    const given = Buffer.from(header);
    return expected.length === given.length && crypto.timingSafeEqual(expected, given);
  }

  /** Refuses state-changing API requests without a valid token. */
  middleware(viewerOf: (res: Response) => Viewer | null): RequestHandler {
    return (req, res, next) => {
      // Any spelling of an API path is checked, so no variant that some layer still routes escapes.
      if (SAFE_METHODS.has(req.method) || !isApiLike(req.path)) return next();
      if (!this.verify(req, viewerOf(res))) {
        next(new AppError('csrf_failed', 'missing or invalid X-CSRF-Token; fetch one from GET /api/auth/csrf'));
        return;
      }
      next();
    };
  }
}

import { parse } from 'cookie';
import type { RequestHandler } from 'express';

declare global {
  namespace Express {
    interface Request {
      cookies: Record<string, string | undefined>;
    }
  }
}

/** Parses the Cookie header into `req.cookies` (the little cookie-parser we need). */
export const parseCookies: RequestHandler = (req, _res, next) => {
  req.cookies = req.headers.cookie ? parse(req.headers.cookie) : {};
  next();
};

import type { RequestHandler } from 'express';
import { clearSessionCookie, resolveSession, SESSION_COOKIE } from './sessions.service.js';

/** Establishes `res.locals.viewer` from the session cookie; an invalid cookie is cleared. */
export const loadViewer: RequestHandler = async (req, res, next) => {
  const token = req.cookies[SESSION_COOKIE];
  if (!token || !req.path.startsWith('/api/')) return next();
  try {
    const viewer = await resolveSession(token);
    if (viewer) res.locals.viewer = viewer;
    else clearSessionCookie(req, res);
    next();
  } catch (err) {
    next(err);
  }
};

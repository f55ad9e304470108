import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { TtlCache } from '../../platform/cache/ttl-cache.js';
import { deleteInChunks } from '../../platform/db/bulk-delete.js';
import { atMost, not } from '../../platform/db/selectors.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { Session, type SessionDoc } from './session.model.js';

export const SESSION_COOKIE = 'shsw.sid';
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and after this long in any case. */
export const SESSION_ABSOLUTE_MS = 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads don't each become a write. */
const TOUCH_EVERY_MS = 60 * 1000;

export const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export function cookieOptions(req: Request) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
}

export interface SessionSubject {
  userId: string;
  role: string;
  orgId: string | null;
  orgRole: string | null;
}

/** Starts a fresh session (a new id every sign-in: no fixation) and sets its cookie. */
export async function startSession(req: Request, res: Response, subject: SessionSubject): Promise<Viewer> {
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  const id = hashToken(token);
  await Session.create({
    _id: id,
    userId: subject.userId,
    role: subject.role,
    orgId: subject.orgId,
    orgRole: subject.orgRole,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
    ip: req.ip ?? null,
    userAgent: req.get('user-agent')?.slice(0, 200) ?? null,
  });
  res.cookie(SESSION_COOKIE, token, cookieOptions(req));
  return viewerFrom({ _id: id, ...subject });
}

function viewerFrom(s: { _id: string; userId: unknown; role: string; orgId?: unknown; orgRole?: unknown }): Viewer {
  return {
    sessionId: s._id,
    userId: String(s.userId),
    role: s.role as Viewer['role'],
    ...(s.orgId ? { orgId: String(s.orgId) } : {}),
    ...(s.orgRole ? { orgRole: s.orgRole as 'owner' | 'recruiter' } : {}),
  };
}

/**
 * Every signed-in request resolves its session: a database read each time, at 300 requests a
 * second the most frequent query. Sessions are kept here a few seconds; this node forgets one as
 * soon as it ends or changes it, and another node (several app nodes on MongoDB) sees a sign-out
 * made elsewhere within the TTL.
 */
const SESSION_CACHE_MS = 5_000;
const recent = new TtlCache<SessionDoc>(SESSION_CACHE_MS, 50_000);

/** The viewer behind a session token, or null when it is unknown, idle too long or past its end. */
export async function resolveSession(token: string): Promise<Viewer | null> {
  const id = hashToken(token);
  let session = recent.get(id);
  if (!session) {
    session = (await Session.findById(id).lean<SessionDoc>()) ?? undefined;
    if (!session) return null;
    recent.set(id, session);
  }
  const now = Date.now();
  if (session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + SESSION_IDLE_MS <= now) {
    recent.delete(id);
    await Session.deleteOne({ _id: id });
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    session.lastSeenAt = new Date(now);
    await Session.updateOne({ _id: id }, { $set: { lastSeenAt: session.lastSeenAt } });
  }
  return viewerFrom(session);
}

/** Forgets what this node keeps of a user's sessions (after ending or changing them elsewhere). */
export function forgetSessionsOf(userId: string): void {
  recent.deleteWhere((s) => String(s.userId) === userId);
}

export async function endSession(sessionId: string): Promise<void> {
  recent.delete(sessionId);
  await Session.deleteOne({ _id: sessionId });
}

/** Ends every session of a user, optionally keeping one (the one that changed the password). */
export async function endAllSessions(userId: string, keep?: string): Promise<number> {
  const filter = keep ? { userId, _id: not(keep) } : { userId };
  forgetSessionsOf(userId);
  const { deletedCount } = await Session.deleteMany(filter);
  return deletedCount;
}

/** Keeps live sessions in step when a user's role or organisation changes. */
export async function updateSessionsOf(
  userId: string,
  patch: { role?: string; orgId?: string | null; orgRole?: string | null },
): Promise<void> {
  forgetSessionsOf(userId);
  await Session.updateMany({ userId }, { $set: patch });
}

export async function purgeExpiredSessions(now = new Date()): Promise<number> {
  return deleteInChunks(Session, {
    $or: [{ expiresAt: atMost(now) }, { lastSeenAt: atMost(new Date(now.getTime() - SESSION_IDLE_MS)) }],
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}

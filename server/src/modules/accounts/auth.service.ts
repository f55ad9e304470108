import { checkPassword } from '@shsw/shared';
import type { Request, Response } from 'express';
import { AppError } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { recordAudit } from '../audit/index.js';
import { clearFailures, lockOf, recordFailure } from './login-throttle.js';
import { burnVerification, hashPassword, needsRehash, verifyPassword } from './password-hashing.js';
import { endAllSessions, endSession, startSession } from './sessions.service.js';
import { User, type UserDoc } from './user.model.js';

const sameAnswer = () => new AppError('invalid_credentials', 'the account or password is not right');

/** Refuses common and personal passwords with a validation error naming the field. */
export function assertStrongPassword(password: string, field: string, userInputs: string[]): void {
  const verdict = checkPassword(password, { userInputs });
  if (!verdict.ok) {
    throw new AppError('validation_failed', 'the password is not acceptable', {
      issues: verdict.issues.map((code) => ({
        path: field,
        code: `password_${code}`,
        message: `password refused: ${code}`,
      })),
    });
  }
}

export class AuthService {
  constructor(private readonly events: DomainEventBus) {}

  async signIn(
    req: Request,
    res: Response,
    login: string,
    password: string,
  ): Promise<{ user: UserDoc; viewer: Viewer }> {
    const normalised = login.includes('@')
      ? login.trim().toLowerCase()
      : login.replace(/[\s-]/g, '').replace(/^\+?86/, '');
    const lockedUntil = await lockOf(normalised);
    if (lockedUntil) throw lockedError(lockedUntil);

    const user = await User.findOne({ login: normalised }).lean<UserDoc>();
    let ok = false;
    if (user) ok = await verifyPassword(user.passwordHash, password);
    else await burnVerification(password);
    if (!user || !ok || user.status !== 'active') {
      const { lockedUntil: nowLocked } = await recordFailure(normalised, {
        userId: user ? String(user._id) : null,
        ip: req.ip ?? null,
      });
      if (nowLocked) throw lockedError(nowLocked);
      throw sameAnswer();
    }
    await clearFailures(normalised);
    if (needsRehash(user.passwordHash)) {
      await User.updateOne({ _id: user._id }, { $set: { passwordHash: await hashPassword(password) } });
    }
    const viewer = await startSession(req, res, subjectOf(user));
    return { user, viewer };
  }

  async signOut(viewer: Viewer): Promise<void> {
    await endSession(viewer.sessionId);
    this.events.emit('session.ended', { userId: viewer.userId, sessionId: viewer.sessionId });
  }

  async currentUser(viewer: Viewer | null): Promise<UserDoc | null> {
    if (!viewer) return null;
    return User.findById(viewer.userId).lean<UserDoc>();
  }

  /** Changes the password and ends every session: this one is replaced by a fresh one. */
  async changePassword(
    req: Request,
    res: Response,
    viewer: Viewer,
    current: string,
    next: string,
  ): Promise<{ user: UserDoc; viewer: Viewer }> {
    const user = await User.findById(viewer.userId).lean<UserDoc>();
    if (!user || !(await verifyPassword(user.passwordHash, current))) throw sameAnswer();
    assertStrongPassword(next, 'body.newPassword', [user.login, user.displayName]);
    await User.updateOne(
      { _id: user._id },
      { $set: { passwordHash: await hashPassword(next), passwordChangedAt: new Date() } },
    );
    await endAllSessions(viewer.userId);
    this.events.emit('user.sessions_revoked', { userId: viewer.userId, reason: 'password_changed' });
    await recordAudit({
      action: 'password_changed',
      actor: viewer,
      target: { type: 'user', id: viewer.userId },
      ip: req.ip,
    });
    const fresh = await startSession(req, res, subjectOf(user));
    return { user, viewer: fresh };
  }

  async confirmPassword(userId: string, password: string): Promise<UserDoc> {
    const user = await User.findById(userId).lean<UserDoc>();
    if (!user || !(await verifyPassword(user.passwordHash, password))) throw sameAnswer();
    return user;
  }
}

export function subjectOf(user: UserDoc) {
  return {
    userId: String(user._id),
    role: user.role,
    orgId: user.orgId ? String(user.orgId) : null,
    orgRole: user.orgRole ?? null,
  };
}

function lockedError(until: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError(
    'account_locked',
    'too many failed attempts; try again later',
    { retryAfter, lockedUntil: until.toISOString() },
    { 'Retry-After': String(retryAfter) },
  );
}

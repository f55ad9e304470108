import { PRIVACY_NOTICE_VERSION, type Role } from '@shsw/shared';
import type { Request, Response } from 'express';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { recordAudit } from '../audit/index.js';
import { KnownDevices } from './known-devices.js';
import { PasswordChecks, wrongCredentials } from './password-checks.js';
import { argon2Hasher, needsRehash, type PasswordHasher } from './password-hashing.js';
import { assertStrongPassword } from './password-policy.js';
import { endAllSessions, endSession, startSession } from './sessions.service.js';
import { User, type UserDoc } from './user.model.js';

export interface SignUpInput {
  login: string;
  password: string;
  displayName: string;
  role: Extract<Role, 'worker' | 'org'>;
  privacyNoticeVersion: string;
  membership?: { orgId: string; orgRole: 'recruiter' };
}

export interface AuthOptions {
  /** Signs the known-device cookie. */
  secret: string;
  /** argon2id unless a test counts the verifications. */
  passwords?: PasswordHasher;
}

export class AuthService {
  private readonly passwords: PasswordHasher;
  private readonly checks: PasswordChecks;

  constructor(
    private readonly events: DomainEventBus,
    options: AuthOptions,
  ) {
    this.passwords = options.passwords ?? argon2Hasher;
    this.checks = new PasswordChecks(events, new KnownDevices(options.secret), this.passwords);
  }

  async signUp(req: Request, res: Response, input: SignUpInput): Promise<{ user: UserDoc; viewer: Viewer }> {
    assertStrongPassword(input.password, 'body.password', [input.login, input.displayName]);
    if (input.privacyNoticeVersion !== PRIVACY_NOTICE_VERSION) {
      throw new AppError('validation_failed', 'the privacy notice has changed; read the current one', {
        issues: [
          { path: 'body.privacyNoticeVersion', code: 'outdated', message: `current is ${PRIVACY_NOTICE_VERSION}` },
        ],
      });
    }
    const passwordHash = await this.passwords.hash(input.password);
    let user: UserDoc;
    try {
      const created = await User.create({
        login: input.login,
        loginKind: input.login.includes('@') ? 'email' : 'mobile',
        passwordHash,
        displayName: input.displayName,
        role: input.role,
        orgId: input.membership?.orgId ?? null,
        orgRole: input.membership?.orgRole ?? null,
        consents: [{ kind: 'privacy_notice', noticeVersion: input.privacyNoticeVersion, grantedAt: new Date() }],
      });
      user = created.toObject() as UserDoc;
    } catch (err) {
      if (isDuplicateKey(err)) throw new AppError('already_exists', 'an account with this e-mail or mobile exists');
      throw err;
    }
    const viewer = await startSession(req, res, subjectOf(user));
    this.events.emit('user.signed_up', { userId: String(user._id), role: user.role });
    return { user, viewer };
  }

  async signIn(
    req: Request,
    res: Response,
    login: string,
    password: string,
  ): Promise<{ user: UserDoc; viewer: Viewer }> {
    const normalised = normaliseLogin(login);
    const found = await User.findOne({ login: normalised }).lean<UserDoc>();
    const user = await this.checks.check(req, normalised, found, password);
    this.checks.rememberDevice(req, res, String(user._id));
    if (needsRehash(user.passwordHash)) {
      await User.updateOne({ _id: user._id }, { $set: { passwordHash: await this.passwords.hash(password) } });
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
    const user = await this.confirmPassword(req, viewer.userId, current);
    assertStrongPassword(next, 'body.newPassword', [user.login, user.displayName]);
    await User.updateOne(
      { _id: user._id },
      { $set: { passwordHash: await this.passwords.hash(next), passwordChangedAt: new Date() } },
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

  /** The signed-in account's current password, checked under the same throttle as sign-in. */
  async confirmPassword(req: Request, userId: string, password: string): Promise<UserDoc> {
    const user = await User.findById(userId).lean<UserDoc>();
    if (!user) throw wrongCredentials();
    return this.checks.check(req, user.login, user, password);
  }
}

function subjectOf(user: UserDoc) {
  return {
    userId: String(user._id),
    role: user.role,
    orgId: user.orgId ? String(user.orgId) : null,
    orgRole: user.orgRole ?? null,
  };
}

/** E-mail lower-cased, a mobile number bare (no spaces, dashes or +86), as stored. */
export function normaliseLogin(login: string): string {
  return login.includes('@') ? login.trim().toLowerCase() : login.replace(/[\s-]/g, '').replace(/^\+?86/, '');
}

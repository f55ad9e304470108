import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { AppError } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import { recordAudit } from '../audit/index.js';
import { type KnownDevices, networkSourceOf } from './known-devices.js';
import {
  attemptKey,
  claimAlert,
  clearAccountBuckets,
  clearBucket,
  FREE_FAILURES,
  recordFailure,
  waitFor,
} from './login-throttle.js';
import { isArgon2Hash, type PasswordHasher } from './password-hashing.js';
import { User, type UserDoc } from './user.model.js';

/** Failures in a row from one source after which the owner hears about them (rate-limited). */
export const ALERT_AT_FAILURES = FREE_FAILURES + 2;

export const wrongCredentials = () => new AppError('invalid_credentials', 'the account or password is not right');

function tooManyAttempts(waitMs: number): AppError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new AppError(
    'too_many_attempts',
    `too many wrong passwords from here; try again in ${retryAfter} s`,
    { retryAfter },
    { 'Retry-After': String(retryAfter) },
  );
}

/**
 * Every check of a password someone types (sign-in, current password before a change or a
 * deletion) goes through here: throttled per (account, source) with growing delays, never a
 * lock; and as costly for an unknown, disabled or password-less account as for a real one.
 */
export class PasswordChecks {
  /** A hash with today's parameters, verified instead when there is no real one to verify. */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly events: DomainEventBus,
    private readonly devices: KnownDevices,
    private readonly hasher: PasswordHasher,
  ) {
    this.dummyHash = hasher.hash(crypto.randomBytes(18).toString('base64url'));
  }

  /**
   * The active account when `password` is its password. `login` is the normalised identifier
   * asked for, `user` its account or null; both outcomes of a wrong guess look and cost the same.
   */
  async check(req: Request, login: string, user: UserDoc | null, password: string): Promise<UserDoc> {
    // The known-device test runs for unknown logins too (against no account), so it costs the same.
    const device = this.devices.knownFor(req, user ? String(user._id) : 'no-account');
    const source = user && device ? `device:${device}` : networkSourceOf(req.ip);
    const key = attemptKey(login, source);
    const waitMs = await waitFor(key);
    if (waitMs > 0) throw tooManyAttempts(waitMs);

    const usable = user !== null && user.status === 'active' && isArgon2Hash(user.passwordHash);
    const verified = await this.hasher.verify(usable ? user.passwordHash : await this.dummyHash, password);
    if (usable && verified) {
      await clearBucket(key);
      return user;
    }
    const { failures } = await recordFailure(key);
    if (failures === FREE_FAILURES) {
      await recordAudit({
        action: 'login_failure_burst',
        actor: null,
        target: { type: 'login', id: user ? String(user._id) : null },
        ip: req.ip ?? null,
        details: { failures },
      });
    }
    if (user && failures === ALERT_AT_FAILURES) {
      this.events.emit('auth.failures_repeated', { userId: String(user._id), account: key.account, failures });
    }
    throw wrongCredentials();
  }

  /** Marks the browser as one where this account's password was right. */
  rememberDevice(req: Request, res: Response, userId: string): void {
    this.devices.remember(req, res, userId);
  }
}

/**
 * Forgets every failed attempt against an account, from every source: for the password-reset
 * flow (a reset proves the owner), so the owner is never kept waiting by someone else's guesses.
 */
export async function clearThrottleFor(userId: string): Promise<void> {
  const user = await User.findById(userId).lean<Pick<UserDoc, 'login'>>();
  if (user) await clearAccountBuckets(user.login);
}

/**
 * Tells the owner about repeated failures, at most once per alert window however many sources
 * fail: `account.sign_in_failures` is what the in-app (and later the e-mail) channel hears.
 */
export function subscribeSignInAlerts(events: DomainEventBus): void {
  events.on('auth.failures_repeated', async (e) => {
    if (await claimAlert(e.account)) {
      events.emit('account.sign_in_failures', { userId: e.userId, failures: e.failures, at: new Date().toISOString() });
    }
  });
}

import crypto from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordAudit } from '../audit/index.js';
import { LoginAttempt } from './login-attempt.model.js';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60 * 1000;
/** Consecutive failures from which the audit log records a burst. */
const BURST_AT = 3;

const keyOf = (login: string) => crypto.createHash('sha256').update(`login:${login}`).digest('hex');

/** The lock on this identifier, if one is in force. */
export async function lockOf(login: string, now = new Date()): Promise<Date | null> {
  const attempt = await LoginAttempt.findById(keyOf(login)).lean<{ lockedUntil: Date | null }>();
  return attempt?.lockedUntil && attempt.lockedUntil > now ? attempt.lockedUntil : null;
}

/**
 * Counts a failure: from the third in a row the answer is delayed (1 s, then 2 s), at the
 * fifth the identifier is locked for 15 minutes. Bursts and locks are audited.
 */
export async function recordFailure(
  login: string,
  ctx: { userId: string | null; ip: string | null },
  delay: (ms: number) => Promise<unknown> = sleep,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const now = new Date();
  const attempt = await LoginAttempt.findOneAndUpdate(
    { _id: keyOf(login) },
    { $inc: { failures: 1 }, $set: { lastFailureAt: now } },
    { upsert: true, returnDocument: 'after' },
  ).lean<{ failures: number }>();
  const failures = attempt?.failures ?? 1;
  let lockedUntil: Date | null = null;
  const target = { type: 'login', id: ctx.userId };
  if (failures >= MAX_FAILURES) {
    lockedUntil = new Date(now.getTime() + LOCK_MS);
    await LoginAttempt.updateOne({ _id: keyOf(login) }, { $set: { lockedUntil, failures: 0 } });
    await recordAudit({
      action: 'account_locked',
      actor: null,
      target,
      ip: ctx.ip,
      details: { until: lockedUntil.toISOString(), knownAccount: ctx.userId !== null },
    });
  } else if (failures >= BURST_AT) {
    if (failures === BURST_AT) {
      await recordAudit({ action: 'login_failure_burst', actor: null, target, ip: ctx.ip, details: { failures } });
    }
    await delay(1000 * 2 ** (failures - BURST_AT));
  }
  return { failures, lockedUntil };
}

export async function clearFailures(login: string): Promise<void> {
  await LoginAttempt.deleteOne({ _id: keyOf(login) });
}

import crypto from 'node:crypto';
import { deleteInChunks } from '../../platform/db/bulk-delete.js';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { atMost } from '../../platform/db/selectors.js';
import { LoginAlert, LoginThrottle } from './login-attempt.model.js';

/** Failures from one source before any delay: enough for someone who mistypes. */
export const FREE_FAILURES = 3;
/** The delay after each further failure doubles from this… */
export const FIRST_DELAY_MS = 1_000;
/** …up to this; never a lock. */
export const MAX_DELAY_MS = 15 * 60_000;
/** A bucket with no failure for this long is forgotten. */
export const BUCKET_TTL_MS = 24 * 3600_000;
/** The owner hears about failed attempts at most this often. */
export const ALERT_EVERY_MS = 6 * 3600_000;

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** One throttle bucket: a sign-in identifier (hashed) seen from one source (hashed). */
export interface AttemptKey {
  account: string;
  id: string;
}

export function attemptKey(normalisedLogin: string, source: string): AttemptKey {
  const account = sha256(`login:${normalisedLogin}`);
  return { account, id: sha256(`${account}|${source}`) };
}

/** The delay that follows the n-th failure in a row from one source (0 while failures are free). */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES));
}

/** Milliseconds this source must still wait before a password is checked again (0: go ahead). */
export async function waitFor(key: AttemptKey, now = new Date()): Promise<number> {
  const bucket = await LoginThrottle.findById(key.id).lean<{ retryAt: Date | null }>();
  const retryAt = bucket?.retryAt?.getTime() ?? 0;
  return Math.max(0, retryAt - now.getTime());
}

/** Counts a failure and sets the next delay; returns the count so far from this source. */
export async function recordFailure(key: AttemptKey, now = new Date()): Promise<{ failures: number; delayMs: number }> {
  const bucket = await LoginThrottle.findOneAndUpdate(
    { _id: key.id },
    {
      $inc: { failures: 1 },
      $set: { account: key.account, lastFailureAt: now, expiresAt: new Date(now.getTime() + BUCKET_TTL_MS) },
    },
    { upsert: true, returnDocument: 'after' },
  ).lean<{ failures: number }>();
  const failures = bucket?.failures ?? 1;
  const delayMs = delayAfter(failures);
  if (delayMs > 0) {
    await LoginThrottle.updateOne({ _id: key.id }, { $set: { retryAt: new Date(now.getTime() + delayMs) } });
  }
  return { failures, delayMs };
}

/** A right password from this source: its failures no longer count. */
export async function clearBucket(key: AttemptKey): Promise<void> {
  await LoginThrottle.deleteOne({ _id: key.id });
}

/** Forgets every bucket of one sign-in identifier, from every source. */
export async function clearAccountBuckets(normalisedLogin: string): Promise<number> {
  const { deletedCount } = await LoginThrottle.deleteMany({ account: attemptKey(normalisedLogin, '').account });
  return deletedCount;
}

/**
 * Claims the right to alert the owner of this account now: true at most once per
 * ALERT_EVERY_MS, however many sources fail, so the alert cannot be used to spam anyone.
 */
export async function claimAlert(account: string, now = new Date()): Promise<boolean> {
  const cutoff = new Date(now.getTime() - ALERT_EVERY_MS);
  const renewed = await LoginAlert.updateOne({ _id: account, alertedAt: atMost(cutoff) }, { $set: { alertedAt: now } });
  if (renewed.modifiedCount > 0) return true;
  try {
    await LoginAlert.create({ _id: account, alertedAt: now });
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

/** Drops buckets nobody has failed in for a day (TTL indexes would do this on real MongoDB). */
export async function purgeExpiredThrottle(now = new Date()): Promise<number> {
  const deletedCount = await deleteInChunks(LoginThrottle, { expiresAt: atMost(now) });
  await LoginAlert.deleteMany({ alertedAt: atMost(new Date(now.getTime() - ALERT_EVERY_MS)) });
  return deletedCount;
}

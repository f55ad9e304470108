import crypto from 'node:crypto';
import { bumpCounter } from '../../platform/security/rate-limit.js';

/** Account mails (sign-up, reset, verification, change) to one address per hour. */
export const MAX_ACCOUNT_MAILS_PER_HOUR = 5;

/**
 * True while an address may receive another account mail this hour. Past the limit the request
 * still answers "check your mailbox" (the same as always) but nothing more is sent, so nobody
 * can flood someone's mailbox through the forms.
 */
export async function mayMail(address: string): Promise<boolean> {
  const key = `account-mail:${crypto.createHash('sha256').update(address).digest('hex')}`;
  return (await bumpCounter(key, 3600_000)) <= MAX_ACCOUNT_MAILS_PER_HOUR;
}

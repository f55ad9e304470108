import crypto from 'node:crypto';
import { deleteInChunks } from '../../platform/db/bulk-delete.js';
import { atMost } from '../../platform/db/selectors.js';
import { AccountToken, type AccountTokenDoc, type TokenPurpose } from './account-token.model.js';
import { hashToken } from './sessions.service.js';

/** How long each kind of link works. */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  sign_up: 24 * 3600_000,
  verify_email: 3 * 24 * 3600_000,
  reset_password: 30 * 60_000,
  change_email: 24 * 3600_000,
};

/** A new single-use link token: the raw value goes into the mail, only its hash is stored. */
export async function issueToken(
  purpose: TokenPurpose,
  opts: { userId: string | null; email: string; data?: Record<string, unknown> },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[purpose]);
  await AccountToken.create({
    _id: hashToken(token),
    purpose,
    userId: opts.userId,
    email: opts.email,
    data: opts.data ?? null,
    createdAt: now,
    expiresAt,
  });
  return { token, expiresAt };
}

/** The live token of this purpose, without using it up (to check the request before consuming). */
export async function findToken(purpose: TokenPurpose, token: string): Promise<AccountTokenDoc | null> {
  const doc = await AccountToken.findById(hashToken(token)).lean<AccountTokenDoc>();
  if (!doc || doc.purpose !== purpose || doc.expiresAt.getTime() <= Date.now()) return null;
  return doc;
}

/** Uses the token up: true for exactly one caller, however many follow the link at once. */
export async function consumeToken(doc: AccountTokenDoc): Promise<boolean> {
  const { deletedCount } = await AccountToken.deleteOne({ _id: doc._id, purpose: doc.purpose });
  return deletedCount === 1;
}

/** Ends an account's other open links of a kind (a newer link replaces them; a reset ends them). */
export async function revokeTokens(userId: string, purpose: TokenPurpose): Promise<void> {
  await AccountToken.deleteMany({ userId, purpose });
}

export async function openTokens(userId: string, purpose: TokenPurpose): Promise<AccountTokenDoc[]> {
  const docs = await AccountToken.find({ userId, purpose }).lean<AccountTokenDoc[]>();
  return docs.filter((d) => d.expiresAt.getTime() > Date.now());
}

export async function deleteTokensOf(userId: string): Promise<void> {
  await AccountToken.deleteMany({ userId });
}

export async function purgeExpiredTokens(now = new Date()): Promise<number> {
  return deleteInChunks(AccountToken, { expiresAt: atMost(now) });
}

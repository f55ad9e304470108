import mongoose from 'mongoose';

export const tokenPurposes = ['sign_up', 'verify_email', 'reset_password', 'change_email'] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];

const accountTokenSchema = new mongoose.Schema(
  {
    /** SHA-256 of the mailed token: a database dump holds no usable link. */
    _id: { type: String },
    purpose: { type: String, enum: tokenPurposes, required: true },
    /** The account it acts on (null for a sign-up, whose account does not exist yet). */
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null },
    /** The address the link was mailed to: following it proves this address. */
    email: { type: String, required: true },
    /** A sign-up's pending account (password hash, name, role, invitation, notice version, language). */
    data: { type: mongoose.Schema.Types.Mixed, default: null },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'account_tokens', minimize: false },
);
// An account's open links: replaced by a newer one, ended by a reset, deleted with the account.
accountTokenSchema.index({ userId: 1 });

export interface AccountTokenDoc {
  _id: string;
  purpose: TokenPurpose;
  userId: mongoose.Types.ObjectId | null;
  email: string;
  data: Record<string, unknown> | null;
  createdAt: Date;
  expiresAt: Date;
}

export const AccountToken = mongoose.model('AccountToken', accountTokenSchema);

import mongoose from 'mongoose';

/**
 * Failed password checks per (sign-in identifier, source), both hashed: the identifier whether
 * or not an account exists for it, so throttling never tells which identifiers are registered;
 * the source is a known device of the account or else the client's network address.
 */
const loginThrottleSchema = new mongoose.Schema(
  {
    _id: { type: String },
    /** SHA-256 of the normalised login: every bucket of one account, for clearing them all. */
    account: { type: String, required: true },
    failures: { type: Number, default: 0 },
    lastFailureAt: { type: Date, default: null },
    /** No password is checked from this source before then. */
    retryAt: { type: Date, default: null },
    /** A quiet bucket is forgotten after this. */
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'login_throttle' },
);
loginThrottleSchema.index({ account: 1 });
loginThrottleSchema.index({ expiresAt: 1 });

export const LoginThrottle = mongoose.model('LoginThrottle', loginThrottleSchema);

/** When the owner of an account (by login hash) was last told about failed attempts: the alert is rate-limited. */
const loginAlertSchema = new mongoose.Schema(
  {
    _id: { type: String },
    alertedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'login_alerts' },
);
loginAlertSchema.index({ alertedAt: 1 });

export const LoginAlert = mongoose.model('LoginAlert', loginAlertSchema);

import mongoose from 'mongoose';

/**
 * Failures per sign-in identifier (hashed), whether or not an account exists for it, so a
 * lock never tells an attacker which identifiers are registered.
 */
const loginAttemptSchema = new mongoose.Schema(
  {
    _id: { type: String },
    failures: { type: Number, default: 0 },
    lastFailureAt: { type: Date, default: null },
    lockedUntil: { type: Date, default: null },
  },
  { versionKey: false, collection: 'login_attempts' },
);

export const LoginAttempt = mongoose.model('LoginAttempt', loginAttemptSchema);

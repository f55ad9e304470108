import { locales, roles } from '@shsw/shared';
import mongoose, { type InferSchemaType } from 'mongoose';

const userSchema = new mongoose.Schema(
  {
    /** Normalised e-mail or mobile; the one sign-in identifier. */
    login: { type: String, required: true, unique: true },
    loginKind: { type: String, enum: ['email', 'mobile'], required: true },
    passwordHash: { type: String, required: true },
    displayName: { type: String, required: true },
    role: { type: String, enum: roles, required: true },
    status: { type: String, enum: ['active', 'disabled'], default: 'active' },
    orgId: { type: mongoose.Schema.Types.ObjectId, ref: 'Organisation', default: null },
    orgRole: { type: String, enum: ['owner', 'recruiter', null], default: null },
    passwordChangedAt: { type: Date, default: null },
    /**
     * A mobile login's e-mail address for recovery and mail alerts, set only once confirmed by
     * its link. An e-mail login's address is the login itself (see `addressOf`).
     */
    contactEmail: { type: String, default: null },
    /** When the address was proved by a followed link; mail alerts wait for it. */
    emailVerifiedAt: { type: Date, default: null },
    /** Set when mail to the address failed for good (5xx, bounce); cleared by a new address or link. */
    emailUndeliverable: {
      type: new mongoose.Schema({ at: Date, reason: String }, { _id: false }),
      default: null,
    },
    /** The language mail is written in. */
    language: { type: String, enum: locales, default: 'zh-CN' },
    /** Notification types turned off, and the opt-in to matches with the worker's record. */
    notificationPrefs: { type: mongoose.Schema.Types.Mixed, default: null },
    /**
     * Set when deletion starts: the random id standing for the person in what is kept. It goes
     * with this row, the last thing deletion removes, so a repeated deletion reuses it.
     */
    erasure: {
      type: new mongoose.Schema({ pseudonym: String, startedAt: Date }, { _id: false }),
      default: null,
    },
    consents: {
      type: [
        {
          _id: false,
          kind: { type: String, enum: ['privacy_notice', 'id_card'], required: true },
          noticeVersion: { type: String, required: true },
          grantedAt: { type: Date, required: true },
          withdrawnAt: { type: Date, default: null },
        },
      ],
      default: [],
    },
  },
  { timestamps: true, collection: 'users' },
);

// The admin's list (newest first), an organisation's members, the bureau's staff.
userSchema.index({ createdAt: -1 });
userSchema.index({ orgId: 1, createdAt: 1 });
userSchema.index({ role: 1, status: 1 });
// A bounce names an address: a mobile login's contact address is found by it.
userSchema.index({ contactEmail: 1 });

export type UserDoc = InferSchemaType<typeof userSchema> & {
  _id: mongoose.Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const User = mongoose.model('User', userSchema);

import mongoose, { type InferSchemaType } from 'mongoose';

const sessionSchema = new mongoose.Schema(
  {
    /** SHA-256 of the cookie token: a stolen database dump holds no usable session. */
    _id: { type: String },
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    role: { type: String, required: true },
    orgId: { type: mongoose.Schema.Types.ObjectId, ref: 'Organisation', default: null },
    orgRole: { type: String, default: null },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    /** Absolute end, however active the session is. */
    expiresAt: { type: Date, required: true },
    ip: { type: String, default: null },
    userAgent: { type: String, default: null },
  },
  { versionKey: false, collection: 'sessions' },
);

export type SessionDoc = InferSchemaType<typeof sessionSchema> & { _id: string };
export const Session = mongoose.model('Session', sessionSchema);

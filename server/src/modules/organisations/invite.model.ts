import mongoose, { type InferSchemaType } from 'mongoose';

const inviteSchema = new mongoose.Schema(
  {
    orgId: { type: mongoose.Schema.Types.ObjectId, ref: 'Organisation', required: true, index: true },
    /** SHA-256 of the code: the code itself is shown once and never stored. */
    codeHash: { type: String, required: true, unique: true },
    codeHint: { type: String, required: true },
    createdBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    acceptedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null },
    revokedAt: { type: Date, default: null },
  },
  { timestamps: true, collection: 'org_invites' },
);

export type InviteDoc = InferSchemaType<typeof inviteSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date };
export const InviteModel = mongoose.model('OrgInvite', inviteSchema);

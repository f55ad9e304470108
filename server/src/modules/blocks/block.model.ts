import mongoose from 'mongoose';

const blockSchema = new mongoose.Schema(
  {
    orgId: { type: mongoose.Schema.Types.ObjectId, ref: 'Organisation', required: true },
    /** The worker's talent record; its id is the worker's user id. */
    profileId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    by: { type: String, enum: ['worker', 'organisation'], required: true },
    /** Who made it (the worker, or the member acting for the organisation); null once that member is deleted. */
    byUserId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null },
    reason: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'blocks' },
);
// One block per side and pair; "is either side blocking?" and each side's list are index reads.
blockSchema.index({ orgId: 1, profileId: 1, by: 1 }, { unique: true });
blockSchema.index({ profileId: 1, at: -1 });
blockSchema.index({ byUserId: 1 });

export interface BlockDoc {
  _id: mongoose.Types.ObjectId;
  orgId: mongoose.Types.ObjectId;
  profileId: mongoose.Types.ObjectId;
  by: 'worker' | 'organisation';
  byUserId: mongoose.Types.ObjectId | null;
  reason: string | null;
  at: Date;
}
export const BlockModel = mongoose.model('Block', blockSchema);

import type { ContactRequestStatus } from '@shsw/shared';
import mongoose from 'mongoose';

const { Schema } = mongoose;
type Id = mongoose.Types.ObjectId;

const contactRequestSchema = new Schema(
  {
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    /** The worker's talent record; its id is the worker's user id. */
    profileId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    byUserId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    note: { type: String, default: '' },
    status: { type: String, required: true },
    requestedAt: { type: Date, required: true },
    answeredAt: { type: Date, default: null },
    /** Bumped by every answer: answers are compare-and-set on it. */
    version: { type: Number, default: 0 },
  },
  { versionKey: false, collection: 'contact_requests' },
);
// One request per organisation and worker: asking again returns it; the worker's answer stands.
contactRequestSchema.index({ orgId: 1, profileId: 1 }, { unique: true });
contactRequestSchema.index({ orgId: 1, requestedAt: -1 });
contactRequestSchema.index({ profileId: 1, requestedAt: -1 });
contactRequestSchema.index({ byUserId: 1 });

export interface ContactRequestDoc {
  _id: Id;
  orgId: Id;
  profileId: Id;
  byUserId: Id | null;
  note: string;
  status: ContactRequestStatus;
  requestedAt: Date;
  answeredAt: Date | null;
  version: number;
}
export const ContactRequestModel = mongoose.model('ContactRequest', contactRequestSchema);

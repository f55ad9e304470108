import type { ApplicationStatus } from '@shsw/shared';
import mongoose from 'mongoose';
import type { OrganisationEndReason } from '../../platform/events/domain-events.js';

const { Schema } = mongoose;

const applicationSchema = new Schema(
  {
    positionId: { type: Schema.Types.ObjectId, ref: 'Position', required: true, index: true },
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true, index: true },
    workerUserId: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    profileId: { type: Schema.Types.ObjectId, ref: 'Profile', required: true },
    status: { type: String, required: true, default: 'submitted' },
    note: { type: String, default: '' },
    interview: { type: new Schema({ at: String, place: String }, { _id: false }), default: null },
    history: [
      {
        _id: false,
        status: String,
        at: Date,
        actor: String,
        by: { type: Schema.Types.ObjectId, ref: 'User', default: null },
        message: { type: String, default: null },
        interview: { type: new Schema({ at: String, place: String }, { _id: false }), default: null },
        /** Why the system ended it (`ended` only). */
        reason: { type: String, default: null },
      },
    ],
    /** `byName` is emptied when its author deletes their account; the organisation keeps the text. */
    employerNotes: [
      { _id: false, at: Date, by: { type: Schema.Types.ObjectId, ref: 'User' }, byName: String, text: String },
    ],
    version: { type: Number, default: 0 },
  },
  { timestamps: true, collection: 'applications', minimize: false },
);
// One application per worker per position; a second try is refused by the index as well as the service.
applicationSchema.index({ positionId: 1, workerUserId: 1 }, { unique: true });
// Lists: a worker's newest first, a position's in order of arrival (compound indexes end with their sort key).
applicationSchema.index({ workerUserId: 1, createdAt: -1 });
applicationSchema.index({ positionId: 1, createdAt: 1 });

type Id = mongoose.Types.ObjectId;
type Interview = { at: string; place: string } | null;

export interface ApplicationDoc {
  _id: Id;
  positionId: Id;
  orgId: Id;
  workerUserId: Id;
  profileId: Id;
  status: ApplicationStatus;
  note: string;
  interview: Interview;
  history: {
    status: ApplicationStatus;
    at: Date;
    actor: 'worker' | 'employer' | 'system';
    by: Id | null;
    message: string | null;
    interview: Interview;
    reason?: OrganisationEndReason | null;
  }[];
  employerNotes: { at: Date; by: Id; byName: string; text: string }[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const ApplicationModel = mongoose.model('Application', applicationSchema);

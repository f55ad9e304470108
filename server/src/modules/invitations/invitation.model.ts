import type { InvitationStatus } from '@shsw/shared';
import mongoose from 'mongoose';
import { after } from '../../platform/db/selectors.js';

const { Schema } = mongoose;
type Id = mongoose.Types.ObjectId;

const invitationSchema = new Schema(
  {
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    positionId: { type: Schema.Types.ObjectId, ref: 'Position', required: true },
    /** The worker's talent record; its id is the worker's user id. */
    profileId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    /** The member who sent it; null once that member's account is deleted. */
    byUserId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    byName: { type: String, default: '' },
    message: { type: String, default: '' },
    status: { type: String, required: true },
    /**
     * `positionId:profileId` while pending, the invitation's own id after: the unique index lets
     * at most one pending invitation exist per position and worker, however many arrive at once.
     */
    activeKey: { type: String, required: true },
    declineReason: { type: String, default: null },
    sentAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    answeredAt: { type: Date, default: null },
    applicationId: { type: Schema.Types.ObjectId, ref: 'Application', default: null },
  },
  { versionKey: false, collection: 'apply_invitations' },
);
invitationSchema.index({ activeKey: 1 }, { unique: true });
invitationSchema.index({ orgId: 1, sentAt: -1 });
invitationSchema.index({ profileId: 1, sentAt: -1 });
invitationSchema.index({ positionId: 1, profileId: 1 });
invitationSchema.index({ byUserId: 1 });
invitationSchema.index({ status: 1 });

export interface InvitationDoc {
  _id: Id;
  orgId: Id;
  positionId: Id;
  profileId: Id;
  byUserId: Id | null;
  byName: string;
  message: string;
  status: InvitationStatus;
  activeKey: string;
  declineReason: string | null;
  sentAt: Date;
  expiresAt: Date;
  answeredAt: Date | null;
  applicationId: Id | null;
}
export const InvitationModel = mongoose.model('ApplyInvitation', invitationSchema);

/** Stored "pending" past its expiry reads as expired everywhere, before any sweep gets to it. */
export function effectiveStatus(doc: Pick<InvitationDoc, 'status' | 'expiresAt'>, now = new Date()): InvitationStatus {
  return doc.status === 'pending' && doc.expiresAt <= now ? 'expired' : doc.status;
}

export const pendingKey = (positionId: string | Id, profileId: string | Id) =>
  `${String(positionId)}:${String(profileId)}`;

const quotaDaySchema = new Schema(
  {
    /** `orgId:YYYY-MM-DD` (Shanghai calendar day). */
    _id: String,
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    day: { type: String, required: true },
    count: { type: Number, required: true },
  },
  { versionKey: false, collection: 'invitation_quota_days' },
);
quotaDaySchema.index({ orgId: 1 });
export const InvitationQuotaDayModel = mongoose.model('InvitationQuotaDay', quotaDaySchema);

/** Which of these positions the worker has a live pending invitation to (the marks on search hits). */
export async function pendingInvitationsAmong(
  profileId: string,
  positionIds: readonly string[],
  now = new Date(),
): Promise<Set<string>> {
  const wanted = new Set(positionIds);
  const rows = await InvitationModel.find(
    { profileId, status: 'pending', expiresAt: after(now) },
    { positionId: 1 },
  ).lean<Pick<InvitationDoc, 'positionId'>[]>();
  return new Set(rows.map((r) => String(r.positionId)).filter((id) => wanted.has(id)));
}

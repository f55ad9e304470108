import mongoose from 'mongoose';

const { Schema } = mongoose;
type Id = mongoose.Types.ObjectId;

const reportSchema = new Schema(
  {
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    profileId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    by: { type: String, enum: ['worker', 'organisation'], required: true },
    /** Who reported; null once that account is deleted. */
    byUserId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    reason: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'conversation_reports' },
);
reportSchema.index({ at: -1 });
reportSchema.index({ profileId: 1 });
reportSchema.index({ byUserId: 1 });

export interface ConversationReportDoc {
  _id: Id;
  conversationId: Id;
  orgId: Id;
  profileId: Id;
  by: 'worker' | 'organisation';
  byUserId: Id | null;
  reason: string;
  at: Date;
}

export const ConversationReportModel = mongoose.model('ConversationReport', reportSchema);

import mongoose from 'mongoose';

const { Schema } = mongoose;
type Id = mongoose.Types.ObjectId;

const messageSchema = new Schema(
  {
    conversationId: { type: Schema.Types.ObjectId, ref: 'Conversation', required: true },
    // The thread's two sides, copied so a reconnecting client's replay is one index read per side.
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    workerUserId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    side: { type: String, enum: ['worker', 'organisation'], required: true },
    /** The worker, or the member who wrote for the organisation; null once that member is deleted. */
    authorUserId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    /** As shown beside the message: the member's name, or the worker's as the organisation sees it. */
    authorName: { type: String, default: '' },
    text: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'conversation_messages' },
);
messageSchema.index({ conversationId: 1, _id: -1 });
messageSchema.index({ workerUserId: 1, _id: 1 });
messageSchema.index({ orgId: 1, _id: 1 });
messageSchema.index({ authorUserId: 1 });

export interface MessageDoc {
  _id: Id;
  conversationId: Id;
  orgId: Id;
  workerUserId: Id;
  side: 'worker' | 'organisation';
  authorUserId: Id | null;
  authorName: string;
  text: string;
  createdAt: Date;
}

export const MessageModel = mongoose.model('ConversationMessage', messageSchema);

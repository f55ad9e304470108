import mongoose from 'mongoose';

const { Schema } = mongoose;
type Id = mongoose.Types.ObjectId;

/** Per side: unread messages from the other side, how far it read, when it was last notified. */
const sideState = {
  unread: { type: Number, default: 0 },
  lastReadId: { type: Schema.Types.ObjectId, ref: 'ConversationMessage', default: null },
  readAt: { type: Date, default: null },
  notifiedAt: { type: Date, default: null },
};

const conversationSchema = new Schema(
  {
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    /** The worker's talent record; its id is the worker's user id. */
    profileId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    positionId: { type: Schema.Types.ObjectId, ref: 'Position', required: true },
    origin: { type: String, enum: ['application', 'invitation', 'question'], required: true },
    lastMessage: {
      type: new Schema(
        {
          id: { type: Schema.Types.ObjectId, ref: 'ConversationMessage' },
          side: String,
          text: String,
          at: Date,
        },
        { _id: false },
      ),
      default: null,
    },
    /** The thread's creation, then its latest message: lists sort on it. */
    lastActivityAt: { type: Date, required: true },
    worker: { type: new Schema(sideState, { _id: false }), default: () => ({}) },
    org: { type: new Schema(sideState, { _id: false }), default: () => ({}) },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'conversations', minimize: false },
);
// One thread per organisation, worker and position: parallel opens all land on the same one.
conversationSchema.index({ orgId: 1, profileId: 1, positionId: 1 }, { unique: true });
// Each side's list, latest first; the worker's daily count of threads opened by a question.
conversationSchema.index({ profileId: 1, lastActivityAt: -1 });
conversationSchema.index({ orgId: 1, lastActivityAt: -1 });
conversationSchema.index({ profileId: 1, origin: 1, createdAt: -1 });

export type ConversationOrigin = 'application' | 'invitation' | 'question';
export type SideKey = 'worker' | 'org';

export interface SideState {
  unread: number;
  lastReadId: Id | null;
  readAt: Date | null;
  notifiedAt: Date | null;
}

export interface ConversationDoc {
  _id: Id;
  orgId: Id;
  profileId: Id;
  positionId: Id;
  origin: ConversationOrigin;
  lastMessage: { id: Id; side: 'worker' | 'organisation'; text: string; at: Date } | null;
  lastActivityAt: Date;
  worker: SideState;
  org: SideState;
  createdAt: Date;
}

export const ConversationModel = mongoose.model('Conversation', conversationSchema);

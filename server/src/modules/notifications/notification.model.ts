import type { NotificationType } from '@shsw/shared';
import mongoose from 'mongoose';

const notificationSchema = new mongoose.Schema(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    type: { type: String, required: true },
    data: { type: mongoose.Schema.Types.Mixed, default: {} },
    link: { type: String, default: null },
    createdAt: { type: Date, required: true },
    readAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'notifications', minimize: false },
);
// A user's notifications in id order: the list, the unread count and the resume after a reconnect.
notificationSchema.index({ userId: 1, _id: 1 });

export interface NotificationDoc {
  _id: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  type: NotificationType;
  data: Record<string, string | number | boolean | null>;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export const NotificationModel = mongoose.model('Notification', notificationSchema);

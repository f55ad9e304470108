import mongoose from 'mongoose';

const bookmarkSchema = new mongoose.Schema(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    positionId: { type: mongoose.Schema.Types.ObjectId, ref: 'Position', required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'bookmarks' },
);
// One bookmark per worker and position (a second PUT is refused by the index too); the list is newest first.
bookmarkSchema.index({ userId: 1, positionId: 1 }, { unique: true });
bookmarkSchema.index({ userId: 1, at: -1 });

export interface BookmarkDoc {
  _id: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  positionId: mongoose.Types.ObjectId;
  at: Date;
}
export const BookmarkModel = mongoose.model('Bookmark', bookmarkSchema);

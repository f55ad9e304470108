import mongoose from 'mongoose';

const savedSearchSchema = new mongoose.Schema(
  {
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    name: { type: String, required: true },
    query: { type: mongoose.Schema.Types.Mixed, required: true },
    frequency: { type: String, enum: ['instant', 'daily'], required: true },
    lastNotifiedAt: { type: Date, default: null },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'saved_searches', minimize: false },
);

export interface SavedSearchDoc {
  _id: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  name: string;
  query: Record<string, string | number | string[]>;
  frequency: 'instant' | 'daily';
  lastNotifiedAt: Date | null;
  createdAt: Date;
}

export const SavedSearchModel = mongoose.model('SavedSearch', savedSearchSchema);

/**
 * One row per (saved search, position): inserting it is how an alert claims a match, so a match
 * is never announced twice, whichever node or job sees it. Daily ones wait with `notifiedAt` null.
 */
const hitSchema = new mongoose.Schema(
  {
    _id: String,
    searchId: { type: mongoose.Schema.Types.ObjectId, ref: 'SavedSearch' },
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
    positionId: String,
    title: String,
    frequency: String,
    createdAt: Date,
    notifiedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'saved_search_hits' },
);
hitSchema.index({ frequency: 1, notifiedAt: 1 });
// A person's matches: their export and their erasure.
hitSchema.index({ userId: 1 });

export interface SavedSearchHitDoc {
  _id: string;
  searchId: mongoose.Types.ObjectId;
  userId: mongoose.Types.ObjectId;
  positionId: string;
  title: string;
  frequency: 'instant' | 'daily';
  createdAt: Date;
  notifiedAt: Date | null;
}

export const SavedSearchHitModel = mongoose.model('SavedSearchHit', hitSchema);

import mongoose from 'mongoose';
import { TtlCache } from '../../platform/cache/ttl-cache.js';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';

const { Schema } = mongoose;

const positionSchema = new Schema(
  {
    orgId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true, index: true },
    /** The member who drafted it (indexed: a person's export lists the positions they created). */
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true, index: true },
    title: { type: String, required: true },
    primaryDomain: { type: String, required: true },
    secondaryDomain: { type: String, default: null },
    talentCategory: { type: String, required: true },
    description: { type: String, required: true },
    districtCode: { type: String, required: true },
    streetCode: { type: String, required: true },
    headcount: { type: Number, required: true },
    filledCount: { type: Number, default: 0 },
    employmentType: { type: String, required: true },
    salaryMin: { type: Number, required: true },
    salaryMax: { type: Number, required: true },
    minCertificate: { type: String, required: true },
    minEducation: { type: String, required: true },
    socialWorkMajorRequired: { type: Boolean, required: true },
    minYearsInDomain: { type: Number, required: true },
    skills: [String],
    benefits: [String],
    governmentPurchase: {
      type: new Schema({ funder: String, projectEndDate: String }, { _id: false }),
      default: null,
    },
    status: { type: String, required: true, default: 'draft' },
    statusHistory: [
      {
        _id: false,
        status: String,
        at: Date,
        by: { type: Schema.Types.ObjectId, ref: 'User', default: null },
        reason: { type: String, default: null },
      },
    ],
    publishedAt: { type: Date, default: null },
    /** The last day to apply (YYYY-MM-DD) and the instant it ends in Shanghai, for the expiry job. */
    deadline: { type: String, default: null },
    deadlineAt: { type: Date, default: null },
    /** When the organisation was told the deadline is near (once). */
    expiryReminderAt: { type: Date, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, collection: 'positions', minimize: false },
);
positionSchema.index({ status: 1, deadlineAt: 1 });
positionSchema.index({ orgId: 1, createdAt: -1 });

type Id = mongoose.Types.ObjectId;

export interface PositionDoc {
  _id: Id;
  orgId: Id;
  createdBy: Id;
  title: string;
  primaryDomain: string;
  secondaryDomain: string | null;
  talentCategory: string;
  description: string;
  districtCode: string;
  streetCode: string;
  headcount: number;
  filledCount: number;
  employmentType: string;
  salaryMin: number;
  salaryMax: number;
  minCertificate: string;
  minEducation: string;
  socialWorkMajorRequired: boolean;
  minYearsInDomain: number;
  skills: string[];
  benefits: string[];
  governmentPurchase: { funder: string; projectEndDate: string } | null;
  status: 'draft' | 'open' | 'paused' | 'filled' | 'closed' | 'expired';
  statusHistory: { status: PositionDoc['status']; at: Date; by: Id | null; reason: string | null }[];
  publishedAt: Date | null;
  deadline: string | null;
  deadlineAt: Date | null;
  expiryReminderAt?: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const PositionModel = mongoose.model('Position', positionSchema);

/** Positions by id (point lookups for short lists: see findByIds). */
export const positionsByIds = (ids: readonly unknown[]) =>
  findByIds<PositionDoc>(ids, {
    one: (id) => PositionModel.findById(id).lean<PositionDoc>(),
    many: (list) => PositionModel.find({ _id: oneOf(list) }).lean<PositionDoc[]>(),
  });

/**
 * Positions as pages show them (the public position page, the position beside each application):
 * the most read documents, kept a few seconds. Never for a write's compare-and-set, which must
 * read the current version. Every write here forgets the position at once (`forgetPosition`);
 * other nodes, and writes behind the app's back, are seen within the TTL.
 */
const shown = new TtlCache<PositionDoc | null>(5_000, 20_000);

export async function positionForDisplay(id: unknown): Promise<PositionDoc | null> {
  const key = String(id);
  const cached = shown.get(key);
  if (cached !== undefined) return cached;
  const position = await PositionModel.findById(id).lean<PositionDoc>();
  shown.set(key, position ?? null);
  return position ?? null;
}

export const positionsForDisplay = (ids: readonly unknown[]) =>
  findByIds<PositionDoc>(ids, {
    one: (id) => positionForDisplay(id),
    many: (list) => PositionModel.find({ _id: oneOf(list) }).lean<PositionDoc[]>(),
  });

/** Call after writing a position, so this node never shows the old one. */
export function forgetPosition(id: unknown): void {
  shown.delete(String(id));
}

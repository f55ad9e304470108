import { organisationStatuses, organisationTypeCodes } from '@shsw/shared';
import mongoose, { type InferSchemaType } from 'mongoose';
import { TtlCache } from '../../platform/cache/ttl-cache.js';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';

const organisationSchema = new mongoose.Schema(
  {
    name: { type: String, required: true },
    creditCode: { type: String, required: true, unique: true },
    type: { type: String, enum: organisationTypeCodes, required: true },
    districtCode: { type: String, required: true },
    streetCode: { type: String, required: true },
    address: { type: String, required: true },
    contact: {
      name: { type: String, required: true },
      mobile: { type: String, required: true },
      email: { type: String, default: null },
    },
    staff: {
      fullTime: { type: Number, required: true },
      certified: { type: Number, required: true },
      swBachelorPlus: { type: Number, required: true },
      qualified: { type: Number, required: true },
    },
    charterStatesSocialWorkAims: { type: Boolean, required: true },
    /** Stored for search and statistics; always recomputed from staff and charter on write. */
    agencyQualified: { type: Boolean, required: true },
    status: { type: String, enum: organisationStatuses, default: 'pending' },
    /** When the owner closed it (status `closed`). */
    closedAt: { type: Date, default: null },
    verification: {
      decidedAt: { type: Date, default: null },
      decidedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null },
      reason: { type: String, default: null },
    },
    /** Every verification status with time and actor, for "as of" statistics. */
    statusHistory: {
      type: [
        {
          _id: false,
          status: { type: String, required: true },
          at: { type: Date, required: true },
          by: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null },
          reason: { type: String, default: null },
        },
      ],
      default: [],
    },
    ownerId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
  },
  { timestamps: true, collection: 'organisations' },
);
organisationSchema.index({ status: 1, createdAt: 1 });

export type OrganisationDoc = InferSchemaType<typeof organisationSchema> & {
  _id: mongoose.Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const OrganisationModel = mongoose.model('Organisation', organisationSchema);

/**
 * Organisations are read with every position page and every search by a member, and change
 * rarely: kept a few seconds. Every write here forgets the organisation at once (`forgetOrganisation`);
 * other app nodes see a change within the TTL.
 */
const recent = new TtlCache<OrganisationDoc | null>(10_000, 20_000);

/** One organisation, or null; read through the short cache above. */
export async function organisationById(id: unknown): Promise<OrganisationDoc | null> {
  const key = String(id);
  const cached = recent.get(key);
  if (cached !== undefined) return cached;
  const org = await OrganisationModel.findById(id).lean<OrganisationDoc>();
  recent.set(key, org ?? null);
  return org ?? null;
}

/** Call after writing an organisation, so this node never serves the old one. */
export function forgetOrganisation(id: unknown): void {
  recent.delete(String(id));
}

/** Organisations by id (point lookups for short lists: see findByIds). */
export const organisationsByIds = (ids: readonly unknown[]) =>
  findByIds<OrganisationDoc>(ids, {
    one: (id) => organisationById(id),
    many: (list) => OrganisationModel.find({ _id: oneOf(list) }).lean<OrganisationDoc[]>(),
  });

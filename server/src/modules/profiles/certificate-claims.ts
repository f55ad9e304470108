import mongoose from 'mongoose';
import type { ProfileDoc } from './profile.model.js';

/**
 * The bureau's verification queue: one flat document per claimed certificate, kept beside the
 * talent records. The queue used to filter records on `certificates.status`, a nested path that
 * FerretDB cannot serve from an index, so every listing read every record (4 s at 3,000 records).
 * Every write of a record goes through ProfilesService.save, which re-syncs that record's claims.
 */
const claimSchema = new mongoose.Schema(
  {
    _id: String,
    profileId: { type: mongoose.Schema.Types.ObjectId, ref: 'Profile', required: true },
    certificateId: { type: String, required: true },
    holderName: { type: String, default: '' },
    level: { type: String, required: true },
    number: { type: String, required: true },
    yearObtained: { type: Number, required: true },
    claimedAt: { type: Date, required: true },
    /** The worker's district, for the queue's filter. */
    districtCode: { type: String, default: null },
    /** Why it waits for a person (see registry-match); absent until assessed against the registry. */
    reasons: { type: [String], default: undefined },
  },
  { versionKey: false, collection: 'certificate_claims' },
);
claimSchema.index({ claimedAt: 1 });
claimSchema.index({ profileId: 1, claimedAt: 1 });
claimSchema.index({ districtCode: 1, claimedAt: 1 });

export interface CertificateClaimDoc {
  _id: string;
  profileId: mongoose.Types.ObjectId;
  certificateId: string;
  holderName: string;
  level: string;
  number: string;
  yearObtained: number;
  claimedAt: Date;
  districtCode: string | null;
  reasons?: string[];
}
export const CertificateClaimModel = mongoose.model('CertificateClaim', claimSchema);

export type ClaimSource = Pick<ProfileDoc, '_id' | 'certificates'> & {
  personal?: { name?: string | null; districtCode?: string | null } | null;
};

/** Why each claim waits, keyed by certificate id (the registry module computes it). */
export type ClaimReasons = (claims: readonly CertificateClaimDoc[]) => Promise<Map<string, string[]>>;

/**
 * The queue entries a record should have: its certificates still waiting for a decision, with
 * their reasons when known (entries without are assessed by the registry's start-up pass).
 */
export function claimsOf(profile: ClaimSource, reasons?: ReadonlyMap<string, string[]>): CertificateClaimDoc[] {
  return profile.certificates
    .filter((c) => c.status === 'claimed')
    .map((c) => ({
      _id: `${String(profile._id)}:${c.id}`,
      profileId: profile._id,
      certificateId: String(c.id),
      holderName: profile.personal?.name ?? '',
      level: String(c.level),
      number: String(c.number),
      yearObtained: Number(c.yearObtained),
      claimedAt: c.claimedAt ?? new Date(0),
      districtCode: profile.personal?.districtCode ?? null,
      ...(reasons?.has(String(c.id)) ? { reasons: reasons.get(String(c.id)) } : {}),
    }));
}

/** Makes the queue hold exactly this record's claimed certificates. */
export async function syncCertificateClaims(profile: ClaimSource, assess?: ClaimReasons): Promise<void> {
  const pending = claimsOf(profile);
  const wanted = assess && pending.length > 0 ? claimsOf(profile, await assess(pending)) : pending;
  const keep = new Set(wanted.map((c) => c._id));
  const existing = await CertificateClaimModel.find({ profileId: profile._id }, { _id: 1 }).lean<{ _id: string }[]>();
  const ops = [
    ...wanted.map((c) => ({ replaceOne: { filter: { _id: c._id }, replacement: c, upsert: true } })),
    ...existing.filter((e) => !keep.has(e._id)).map((e) => ({ deleteOne: { filter: { _id: e._id } } })),
  ];
  if (ops.length > 0) await CertificateClaimModel.bulkWrite(ops, { ordered: false });
}

export async function removeCertificateClaims(profileId: string): Promise<void> {
  await CertificateClaimModel.deleteMany({ profileId: new mongoose.Types.ObjectId(profileId) });
}

import { readAll } from '../../platform/db/bulk-read.js';
import type { Migration } from '../../platform/db/migrations.js';
import { type CertificateClaimDoc, CertificateClaimModel, type ClaimSource, claimsOf } from './certificate-claims.js';
import { ceReminderPending, type ProfileDoc, ProfileModel } from './profile.model.js';

const BATCH = 1_000;

/** Reads every record once, handing batches to `apply` (used by migrations only: it is a scan). */
async function eachBatch<T>(apply: (batch: T[]) => Promise<void>): Promise<void> {
  for await (const batch of readAll<T>(ProfileModel, BATCH)) await apply(batch);
}

export const profileMigrations: Migration[] = [
  {
    // Records written before the certificate queue existed: their claims are copied into it.
    id: '2026-12-certificate-claims',
    run: () =>
      eachBatch<ClaimSource>(async (batch) => {
        const claims: CertificateClaimDoc[] = batch.flatMap((p) => claimsOf(p));
        const ops = claims.map((c) => ({ replaceOne: { filter: { _id: c._id }, replacement: c, upsert: true } }));
        if (ops.length > 0) await CertificateClaimModel.bulkWrite(ops, { ordered: false });
      }),
  },
  {
    // Records written before the reminder flag existed get it, so the daily job finds them.
    id: '2026-12-ce-reminder-pending',
    run: () =>
      eachBatch<Pick<ProfileDoc, '_id' | 'computed' | 'ceReminderFor'>>(async (batch) => {
        const ops = batch.map((p) => ({
          updateOne: { filter: { _id: p._id }, update: { $set: { ceReminderPending: ceReminderPending(p) } } },
        }));
        await ProfileModel.bulkWrite(ops, { ordered: false });
      }),
  },
];

import type { Migration } from '../../platform/db/migrations.js';
import { type CertificateClaimDoc, CertificateClaimModel, type ClaimSource, claimsOf } from './certificate-claims.js';
import { ceReminderPending, type ProfileDoc, ProfileModel } from './profile.model.js';

const BATCH = 1_000;

/** Reads every record once, handing batches to `apply` (used by migrations only: it is a scan). */
async function eachBatch<T>(projection: Record<string, 1>, apply: (batch: T[]) => Promise<void>): Promise<void> {
  let batch: T[] = [];
  for await (const doc of ProfileModel.find({}, projection).lean<T>().cursor({ batchSize: BATCH })) {
    batch.push(doc as T);
    if (batch.length >= BATCH) {
      await apply(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await apply(batch);
}

export const profileMigrations: Migration[] = [
  {
    // Records written before the certificate queue existed: their claims are copied into it.
    id: '2026-12-certificate-claims',
    run: () =>
      eachBatch<ClaimSource>({ _id: 1, certificates: 1, 'personal.name': 1 }, async (batch) => {
        const claims: CertificateClaimDoc[] = batch.flatMap((p) => claimsOf(p));
        const ops = claims.map((c) => ({ replaceOne: { filter: { _id: c._id }, replacement: c, upsert: true } }));
        if (ops.length > 0) await CertificateClaimModel.bulkWrite(ops, { ordered: false });
      }),
  },
  {
    // Records written before the reminder flag existed get it, so the daily job finds them.
    id: '2026-12-ce-reminder-pending',
    run: () =>
      eachBatch<Pick<ProfileDoc, '_id' | 'computed' | 'ceReminderFor'>>(
        { _id: 1, computed: 1, ceReminderFor: 1 },
        async (batch) => {
          const ops = batch.map((p) => ({
            updateOne: { filter: { _id: p._id }, update: { $set: { ceReminderPending: ceReminderPending(p) } } },
          }));
          await ProfileModel.bulkWrite(ops, { ordered: false });
        },
      ),
  },
];

import crypto from 'node:crypto';
import mongoose from 'mongoose';
import type { ErasureContext } from '../../platform/privacy/personal-data.js';
import { type ApplicationDoc, ApplicationModel } from '../applications/index.js';
import { type ProfileDoc, ProfileModel } from '../profiles/index.js';
import type { Interval } from './facts.js';
import {
  applicationFact,
  type StoredApplicationFact,
  type StoredWorkerFact,
  workerFact,
} from './facts-from-records.js';
import { withWorkerHistory } from './facts-history.js';
import { factsStore, type Written } from './facts-store.js';

/**
 * What the statistics keep of people who deleted their account: their facts under a random id
 * (the erasure's pseudonym), every interval ended at the deletion. Kept here as well as in the
 * facts projection, so a rebuild of the projection from the records does not lose them.
 */
const retainedSchema = new mongoose.Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, enum: ['worker', 'application'], required: true },
    /** The fact as JSON: read back whole, never queried. */
    fact: { type: String, required: true },
    retainedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'statistics_retained' },
);
export const RetainedFactModel = mongoose.model('RetainedStatisticsFact', retainedSchema);

interface RetainedDoc {
  _id: string;
  kind: 'worker' | 'application';
  fact: string;
}

const endAt =
  (t: number) =>
  (iv: Interval): Interval => ({ from: iv.from, to: iv.to === null ? Math.max(iv.from, t) : iv.to });

/**
 * A retained application's id: derived from the pseudonym and the application, so a deletion
 * that is repeated after an interruption writes the same facts again instead of twice. The
 * application's own id is erased everywhere, so nothing leads back from this one.
 */
const retainedId = (pseudonym: string, applicationId: string) =>
  crypto.createHash('sha256').update(`${pseudonym}:${applicationId}`).digest('hex').slice(0, 24);

/**
 * Reduces a departing worker's talent record and applications to anonymous facts, writes them in
 * place of their own facts, and returns how many were kept. Runs before the records are erased.
 */
export async function retainAnonymousFacts(
  { subject, pseudonym, now }: ErasureContext,
  written?: Written<'worker'>,
): Promise<number> {
  const profile = subject.profileId ? await ProfileModel.findById(subject.profileId).lean<ProfileDoc>() : null;
  const applications = await ApplicationModel.find({ workerUserId: subject.userId }).lean<ApplicationDoc[]>();
  if (!profile && applications.length === 0) return 0;
  const t = now.getTime();
  const retained: RetainedDoc[] = [];
  const workers = new Map<string, StoredWorkerFact | null>();
  const facts = new Map<string, StoredApplicationFact | null>();
  if (profile) {
    const own = workerFact(profile);
    // The history the projection kept of the record (see facts-history.ts), then its last values.
    const held = await factsStore.read('worker', String(profile._id));
    const fact: StoredWorkerFact = withWorkerHistory(
      held,
      {
        ...own,
        id: pseudonym,
        openToWork: own.openToWork.map(endAt(t)),
        employed: own.employed.map(endAt(t)),
        leftAt: t,
      },
      Math.min(t, new Date(profile.updatedAt ?? t).getTime()),
    );
    workers.set(String(profile._id), null);
    workers.set(pseudonym, fact);
    retained.push({ _id: pseudonym, kind: 'worker', fact: JSON.stringify(fact) });
  }
  for (const a of applications) {
    const own = applicationFact(a);
    const id = retainedId(pseudonym, String(a._id));
    const fact: StoredApplicationFact = {
      ...own,
      id,
      workerId: pseudonym,
      active: { from: own.active.from, to: own.active.to ?? Math.max(own.active.from, t) },
    };
    facts.set(String(a._id), null);
    facts.set(id, fact);
    retained.push({ _id: id, kind: 'application', fact: JSON.stringify(fact) });
  }
  await RetainedFactModel.bulkWrite(
    retained.map((r) => ({
      replaceOne: { filter: { _id: r._id }, replacement: { ...r, retainedAt: now }, upsert: true },
    })),
    { ordered: false },
  );
  await factsStore.write('worker', workers, undefined, written);
  await factsStore.write('application', facts);
  return retained.length;
}

/** The retained facts, for a rebuild of the projection. */
export async function* retainedFacts(): AsyncGenerator<
  { kind: 'worker'; fact: StoredWorkerFact } | { kind: 'application'; fact: StoredApplicationFact }
> {
  for await (const row of RetainedFactModel.find().lean<RetainedDoc>().cursor({ batchSize: 2_000 })) {
    const doc = row as RetainedDoc;
    if (doc.kind === 'worker') yield { kind: 'worker', fact: JSON.parse(doc.fact) as StoredWorkerFact };
    else yield { kind: 'application', fact: JSON.parse(doc.fact) as StoredApplicationFact };
  }
}

import type mongoose from 'mongoose';
import { atMost } from '../../platform/db/selectors.js';
import { type RegistryImportDoc, RegistryImportModel } from './registry.model.js';
import type { RowError } from './registry-rows.js';

/** A lease lasts this long and is renewed with every save; a node that died leaves it to expire. */
export const LEASE_MS = 60_000;

/** Another node holds the import now (this one was too slow to renew): this node stops touching it. */
export class LostLease extends Error {
  constructor() {
    super('the import lease was taken over');
    this.name = 'LostLease';
  }
}

type Progress = Partial<
  Pick<
    RegistryImportDoc,
    | 'status'
    | 'checkedRows'
    | 'checkedShare'
    | 'totalRows'
    | 'processedRows'
    | 'inserted'
    | 'updated'
    | 'unchanged'
    | 'claimsChecked'
    | 'claimsToCheck'
    | 'certificatesVerified'
    | 'moreErrors'
  >
> & { errors?: RowError[] };

/**
 * One node's hold on one import. Every write of progress is a compare-and-set on the holder, and
 * renews the hold: progress and ownership move together, so a batch is either counted or redone.
 */
export class ImportLease {
  constructor(
    readonly importId: mongoose.Types.ObjectId,
    readonly owner: string,
  ) {}

  /** Takes an import whose lease has expired (or was released); false when another node has it. */
  static async claim(importId: mongoose.Types.ObjectId, owner: string, now = new Date()): Promise<ImportLease | null> {
    const taken = await RegistryImportModel.updateOne(
      { _id: importId, active: true, leaseUntil: atMost(now) },
      { $set: { leaseOwner: owner, leaseUntil: new Date(now.getTime() + LEASE_MS) } },
    );
    return taken.modifiedCount === 1 ? new ImportLease(importId, owner) : null;
  }

  /** Saves progress and renews the hold; the import as saved, or LostLease. */
  async save(progress: Progress): Promise<RegistryImportDoc> {
    const saved = await RegistryImportModel.findOneAndUpdate(
      { _id: this.importId, leaseOwner: this.owner, active: true },
      { $set: { ...progress, leaseUntil: new Date(Date.now() + LEASE_MS) } },
      { returnDocument: 'after' },
    ).lean<RegistryImportDoc>();
    if (!saved) throw new LostLease();
    return saved;
  }

  /** Ends the import (done or failed) and lets go of it; the final document, or LostLease. */
  async finish(status: 'done' | 'failed', progress: Progress): Promise<RegistryImportDoc> {
    const job = await RegistryImportModel.findOneAndUpdate(
      { _id: this.importId, leaseOwner: this.owner, active: true },
      {
        $set: {
          ...progress,
          status,
          active: false,
          leaseOwner: null,
          leaseUntil: new Date(0),
          finishedAt: new Date(),
        },
      },
      { returnDocument: 'after' },
    ).lean<RegistryImportDoc>();
    if (!job) throw new LostLease();
    return job;
  }

  /** Lets go without finishing: any node may resume it after `delayMs` (at once by default). */
  async release(delayMs = 0, failure = false): Promise<void> {
    await RegistryImportModel.updateOne(
      { _id: this.importId, leaseOwner: this.owner },
      {
        $set: { leaseOwner: null, leaseUntil: new Date(delayMs > 0 ? Date.now() + delayMs : 0) },
        ...(failure ? { $inc: { failures: 1 } } : {}),
      },
    );
  }
}

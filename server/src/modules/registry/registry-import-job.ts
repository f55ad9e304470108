import crypto from 'node:crypto';
import { registryImportLimits } from '@shsw/shared';
import type mongoose from 'mongoose';
import { isDatabaseUnavailable } from '../../platform/db/db-errors.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import { recordAudit } from '../audit/index.js';
import type { ProfilesService } from '../profiles/index.js';
import { type RegistryImportDoc, RegistryImportModel } from './registry.model.js';
import { presentImport } from './registry.presenter.js';
import { FileProblem, type ReadLimits } from './registry-file.js';
import { checkPass, type PassContext, verifyPass, writePass } from './registry-import-passes.js';
import { ImportLease, LostLease } from './registry-lease.js';
import type { RowError } from './registry-rows.js';
import { deleteFile } from './registry-store.js';

/** Unexpected failures (not the file's, not the database's absence) before an import is given up. */
const MAX_FAILURES = 3;
/** After an unexpected failure the import waits this long before it is tried again. */
const RETRY_AFTER_MS = 30_000;

export interface ImportJobOptions {
  events: DomainEventBus;
  profiles: ProfilesService;
  log: Logger;
  limits?: ReadLimits;
}

/**
 * Runs registry imports in the background, one at a time per node, each under a lease in the
 * database: a check pass over every row (nothing is written while any row is wrong), a write pass
 * in batches that commits its progress with each batch, and a re-check of claimed certificates.
 * Stopping aborts between batches and releases the lease; an import whose lease expired (its node
 * died) or was released is resumed from its last committed batch by `resumeDue`.
 */
export class RegistryImportJobs {
  readonly nodeId = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  private readonly running = new Map<string, { controller: AbortController; done: Promise<void> }>();
  private readonly limits: ReadLimits;
  private stopped = false;
  private looking: Promise<number> = Promise.resolve(0);

  constructor(private readonly opts: ImportJobOptions) {
    this.limits = opts.limits ?? registryImportLimits;
  }

  /** True when this node runs no import: a new one can start here at once. */
  get idle(): boolean {
    return this.running.size === 0 && !this.stopped;
  }

  /** Runs an import this node holds the lease of, in the background. */
  launch(lease: ImportLease): void {
    const key = String(lease.importId);
    if (this.running.has(key) || this.stopped) return;
    const controller = new AbortController();
    const done = this.process(lease, controller.signal)
      .catch((err: unknown) => this.opts.log.error({ err, importId: key }, 'registry import could not be left cleanly'))
      .finally(() => {
        this.running.delete(key);
        // The next waiting import (uploaded meanwhile, or left by a stopped node) starts now.
        if (!this.stopped) void this.resumeDue().catch(() => undefined);
      });
    this.running.set(key, { controller, done });
  }

  /**
   * The scheduled job: takes imports nobody holds (released, or their node's lease expired) and
   * runs them, while this node runs none. Returns how many it started.
   */
  resumeDue(): Promise<number> {
    // One look at a time (two at once could each start an import here), each after the last, so
    // an import released while a look was under way is seen by the next.
    const look = this.looking.then(() => this.takeWaiting(new Date()));
    this.looking = look.catch(() => 0);
    return look;
  }

  private async takeWaiting(now: Date): Promise<number> {
    if (!this.idle) return 0;
    const waiting = await RegistryImportModel.find({ active: true }, { _id: 1, leaseUntil: 1, startedAt: 1 })
      .lean<Pick<RegistryImportDoc, '_id' | 'leaseUntil' | 'startedAt'>[]>()
      .then((list) => list.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime()));
    for (const job of waiting) {
      if (!this.idle) return 0;
      if (job.leaseUntil > now) continue;
      const lease = await ImportLease.claim(job._id, this.nodeId, now);
      if (lease) {
        this.launch(lease);
        return 1;
      }
    }
    return 0;
  }

  /**
   * Shutdown: every running import stops at its next batch boundary and releases its lease; waits
   * at most `graceMs` for that (a stuck database write is left to the lease's expiry).
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopped = true;
    const all = [...this.running.values()];
    for (const run of all) run.controller.abort();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(all.map((r) => r.done)),
      new Promise((resolve) => {
        timer = setTimeout(resolve, graceMs);
      }),
    ]);
    clearTimeout(timer);
  }

  private async process(lease: ImportLease, signal: AbortSignal): Promise<void> {
    const stored = await RegistryImportModel.findById(lease.importId).lean<RegistryImportDoc>();
    if (!stored?.active || stored.leaseOwner !== lease.owner) return;
    let job: RegistryImportDoc = stored;
    let done: RegistryImportDoc;
    try {
      const pass = (current: RegistryImportDoc): PassContext => ({
        job: current,
        lease,
        signal,
        limits: this.limits,
        progress: (saved) => this.progress(saved),
      });
      if (job.status === 'validating') {
        const checked = await checkPass(pass(job));
        if (!checked.ok) {
          await this.fail(lease, checked.errors, checked.moreErrors);
          return;
        }
        job = checked.job;
      }
      if (job.status === 'importing') job = await writePass(pass(job));
      const verified = await verifyPass(pass(job), this.opts.profiles);
      await deleteFile(job._id);
      done = await lease.finish('done', { certificatesVerified: verified });
    } catch (err) {
      await this.interrupted(job, lease, signal, err);
      return;
    }
    this.finished(done);
    await recordAudit({
      action: 'registry_imported',
      actor: { userId: String(done.byUserId), role: done.actor?.role ?? null, orgId: done.actor?.orgId ?? null },
      target: { type: 'registry_import', id: String(done._id) },
      ip: done.ip,
      details: {
        inserted: done.inserted,
        updated: done.updated,
        unchanged: done.unchanged,
        rows: done.totalRows,
        verified: done.certificatesVerified,
      },
    });
  }

  private async interrupted(job: RegistryImportDoc, lease: ImportLease, signal: AbortSignal, err: unknown) {
    const importId = String(job._id);
    if (err instanceof LostLease) {
      this.opts.log.warn({ importId }, 'registry import taken over by another node');
    } else if (err instanceof FileProblem) {
      await this.fail(lease, [{ row: err.row, column: err.column, code: err.code, message: err.message }], 0);
    } else if (signal.aborted) {
      await lease.release();
      this.opts.log.info({ importId, processedRows: job.processedRows }, 'registry import paused for shutdown');
    } else if (isDatabaseUnavailable(err)) {
      this.opts.log.warn({ err, importId }, 'registry import paused: the database is unavailable');
      await lease.release(RETRY_AFTER_MS).catch(() => undefined);
    } else if (job.failures + 1 >= MAX_FAILURES) {
      this.opts.log.error({ err, importId }, 'registry import failed');
      await this.fail(
        lease,
        [{ row: 0, column: '', code: 'processing_failed', message: 'the file could not be processed' }],
        0,
      );
    } else {
      this.opts.log.error({ err, importId }, 'registry import failed; it will be tried again');
      await lease.release(RETRY_AFTER_MS, true);
    }
  }

  private async fail(lease: ImportLease, errors: RowError[], moreErrors: number) {
    await deleteFile(lease.importId);
    this.finished(await lease.finish('failed', { errors, moreErrors }));
  }

  private finished(job: RegistryImportDoc) {
    this.opts.events.emit('registry.import_finished', {
      importId: String(job._id),
      byUserId: String(job.byUserId),
      status: job.status as 'done' | 'failed',
      import: presentImport(job),
    });
  }

  private progress(job: RegistryImportDoc) {
    this.opts.events.emit('registry.import_progress', {
      importId: String(job._id),
      byUserId: String(job.byUserId),
      status: job.status,
      processedRows: job.processedRows,
      import: presentImport(job),
    });
  }

  /** A new import stored by this node: run it now, or leave it waiting for the one running here. */
  async started(importId: mongoose.Types.ObjectId): Promise<void> {
    const lease = new ImportLease(importId, this.nodeId);
    if (this.idle) {
      this.launch(lease);
      return;
    }
    await lease.release();
    // The running import may have ended while this one was being released: look again.
    void this.resumeDue().catch(() => undefined);
  }
}

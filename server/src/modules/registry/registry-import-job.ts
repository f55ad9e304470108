import crypto from 'node:crypto';
import { registryImportLimits } from '@shsw/shared';
import type mongoose from 'mongoose';
import { isDatabaseUnavailable } from '../../platform/db/db-errors.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import { recordAudit } from '../audit/index.js';
import type { ProfilesService } from '../profiles/index.js';
import { DutyCycle } from './duty-cycle.js';
import { type RegistryImportDoc, RegistryImportModel } from './registry.model.js';
import { readCsvRows } from './registry-csv.js';
import { FileProblem, type Pace, type ReadLimits, type RowSource } from './registry-file.js';
import { ImportLease, LostLease } from './registry-lease.js';
import { type RegistryRow, RowChecker, type RowError } from './registry-rows.js';
import { deleteFile, fileChunks, loadFile } from './registry-store.js';
import { applyBatch, verifyClaims } from './registry-writes.js';
import { readXlsxRows } from './registry-xlsx.js';

/** Rows written per batch: one insert of the new entries and one bulk update of the changed ones. */
const BATCH = 500;
/**
 * After every batch, and every slice of checking, an import rests twice as long as it worked. So it
 * holds at most a third of the event loop and of its database connections, and requests from
 * everyone else keep their latency while 100,000 rows go in (the old import, which ran flat out,
 * slowed every request to 7–25 s). The cost is time: an import takes about three times its work.
 */
export const IMPORT_REST_PER_WORK = 2;
/** While checking, the import works in slices of this many milliseconds between rests. */
const CHECK_SLICE_MS = 50;
/** Progress is saved (renewing the lease) and announced at most this often while checking. */
const PROGRESS_EVERY_MS = 1_000;
/** Listed row errors; the rest are only counted. */
const MAX_LISTED_ERRORS = 200;
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
  async resumeDue(now = new Date()): Promise<number> {
    if (!this.idle) return 0;
    const waiting = await RegistryImportModel.find({ active: true }, { _id: 1, leaseUntil: 1, startedAt: 1 })
      .lean<Pick<RegistryImportDoc, '_id' | 'leaseUntil' | 'startedAt'>[]>()
      .then((list) => list.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime()));
    for (const job of waiting) {
      if (!this.idle) return 1;
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
    let job = await RegistryImportModel.findById(lease.importId).lean<RegistryImportDoc>();
    if (!job?.active || job.leaseOwner !== lease.owner) return;
    let done: RegistryImportDoc;
    try {
      if (job.status === 'validating') {
        const checked = await this.check(job, lease, signal);
        if (!checked) return;
        job = checked;
      }
      if (job.status === 'importing') job = await this.write(job, lease, signal);
      const verified = await this.verify(job, lease, signal);
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
    });
  }

  private progress(job: RegistryImportDoc, status: RegistryImportDoc['status'], processedRows: number) {
    this.opts.events.emit('registry.import_progress', {
      importId: String(job._id),
      byUserId: String(job.byUserId),
      status,
      processedRows,
    });
  }

  /** The stored file's rows, streamed; `pace` runs after every piece of input the reader takes. */
  private async rows(job: RegistryImportDoc, pace: Pace): Promise<RowSource> {
    if (job.mediaType === 'text/csv') {
      return readCsvRows(fileChunks(job._id, job.chunkCount, job.fileSha256), job.fileBytes, this.limits, pace);
    }
    return readXlsxRows(await loadFile(job._id, job.chunkCount, job.fileSha256), this.limits, pace);
  }

  /** The check pass: every row, nothing written. The document as it is after, or null when the file failed. */
  private async check(
    job: RegistryImportDoc,
    lease: ImportLease,
    signal: AbortSignal,
  ): Promise<RegistryImportDoc | null> {
    const duty = new DutyCycle(IMPORT_REST_PER_WORK);
    const source = await this.rows(job, () => duty.restEvery(CHECK_SLICE_MS, signal));
    const checker = new RowChecker({ trackDuplicates: true });
    const errors: RowError[] = [];
    let errorCount = 0;
    const add = (found: readonly RowError[]) => {
      for (const e of found) {
        errorCount += 1;
        if (errors.length < MAX_LISTED_ERRORS) errors.push(e);
      }
    };
    let announced = performance.now();
    try {
      for await (const row of source.rows) {
        add(checker.check(row).errors);
        if (performance.now() - announced >= PROGRESS_EVERY_MS) {
          await lease.save({ checkedRows: checker.dataRows, checkedShare: source.share() });
          this.progress(job, 'validating', 0);
          announced = performance.now();
        }
        await duty.restEvery(CHECK_SLICE_MS, signal);
      }
      add(checker.finish());
    } catch (err) {
      if (!(err instanceof FileProblem) || err.code === 'processing_failed') throw err;
      // A limit stops the reading; the row errors found before it are listed with it.
      add([{ row: err.row, column: err.column, code: err.code, message: err.message }]);
    }
    if (errorCount > 0) {
      // A bad file changes nothing: no row has been written.
      await this.fail(lease, errors, Math.max(0, errorCount - errors.length));
      return null;
    }
    const progress = {
      status: 'importing' as const,
      checkedRows: checker.dataRows,
      checkedShare: 1,
      totalRows: checker.dataRows,
    };
    await lease.save(progress);
    this.progress(job, 'importing', 0);
    return { ...job, ...progress };
  }

  /** The write pass, from the last committed batch on. */
  private async write(job: RegistryImportDoc, lease: ImportLease, signal: AbortSignal): Promise<RegistryImportDoc> {
    const duty = new DutyCycle(IMPORT_REST_PER_WORK);
    // Reading up to the next batch (an XLSX's shared texts, the rows skipped on a resume) rests too.
    const source = await this.rows(job, () => duty.restEvery(CHECK_SLICE_MS, signal));
    const checker = new RowChecker({ trackDuplicates: false });
    const counts = {
      processedRows: job.processedRows,
      inserted: job.inserted,
      updated: job.updated,
      unchanged: job.unchanged,
    };
    let skip = job.processedRows;
    let batch: RegistryRow[] = [];
    const commit = async () => {
      const result = await applyBatch(batch, job._id);
      counts.processedRows += batch.length;
      counts.inserted += result.inserted;
      counts.updated += result.updated;
      counts.unchanged += result.unchanged;
      batch = [];
      await lease.save(counts);
      this.progress(job, 'importing', counts.processedRows);
      // Shutdown stops here, between batches: the rest ends at once when the signal aborts.
      await duty.rest(signal);
    };
    for await (const sheetRow of source.rows) {
      const header = !checker.headerRead;
      const { row } = checker.check(sheetRow);
      if (header) continue;
      if (!row) throw new FileProblem('processing_failed', 'a row changed between the check and the import');
      if (skip > 0) {
        skip -= 1;
        continue;
      }
      batch.push(row);
      if (batch.length >= BATCH) await commit();
    }
    if (batch.length > 0) await commit();
    return { ...job, ...counts, status: 'verifying' };
  }

  /** Re-checks claimed certificates against the registry (safe to repeat, so a resume starts it over). */
  private async verify(job: RegistryImportDoc, lease: ImportLease, signal: AbortSignal): Promise<number> {
    const before = job.status === 'verifying' ? job.certificatesVerified : 0;
    const duty = new DutyCycle(IMPORT_REST_PER_WORK);
    return verifyClaims(this.opts.profiles, before, {
      started: async (claimsToCheck) => {
        await lease.save({ status: 'verifying', claimsToCheck, claimsChecked: 0, certificatesVerified: before });
        this.progress(job, 'verifying', job.totalRows);
      },
      checked: async (claimsChecked, certificatesVerified) => {
        await lease.save({ claimsChecked, certificatesVerified });
        this.progress(job, 'verifying', job.totalRows);
        await duty.rest(signal);
      },
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

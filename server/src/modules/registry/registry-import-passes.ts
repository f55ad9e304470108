import type { ProfilesService } from '../profiles/index.js';
import { DutyCycle } from './duty-cycle.js';
import type { RegistryImportDoc } from './registry.model.js';
import { readCsvRows } from './registry-csv.js';
import { FileProblem, type Pace, type ReadLimits, type RowSource } from './registry-file.js';
import type { ImportLease } from './registry-lease.js';
import { type RegistryRow, RowChecker, type RowError } from './registry-rows.js';
import { fileChunks, loadFile } from './registry-store.js';
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

/** What a pass works on: the import as it was read, the lease it holds, the stop signal. */
export interface PassContext {
  job: RegistryImportDoc;
  lease: ImportLease;
  signal: AbortSignal;
  limits: ReadLimits;
  /** Announces a saved step (a domain event the bureau's pages follow). */
  progress(saved: RegistryImportDoc): void;
}

/** The stored file's rows, streamed; `pace` runs after every piece of input the reader takes. */
async function rows({ job, limits }: PassContext, pace: Pace): Promise<RowSource> {
  if (job.mediaType === 'text/csv') {
    return readCsvRows(fileChunks(job._id, job.chunkCount, job.fileSha256), job.fileBytes, limits, pace);
  }
  return readXlsxRows(await loadFile(job._id, job.chunkCount, job.fileSha256), limits, pace);
}

/** The check pass: every row, nothing written. The document as it is after, or every problem found. */
export async function checkPass(
  ctx: PassContext,
): Promise<{ ok: true; job: RegistryImportDoc } | { ok: false; errors: RowError[]; moreErrors: number }> {
  const { job, lease, signal } = ctx;
  const duty = new DutyCycle(IMPORT_REST_PER_WORK);
  const source = await rows(ctx, () => duty.restEvery(CHECK_SLICE_MS, signal));
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
        ctx.progress(await lease.save({ checkedRows: checker.dataRows, checkedShare: source.share() }));
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
  // A bad file changes nothing: no row has been written.
  if (errorCount > 0) return { ok: false, errors, moreErrors: Math.max(0, errorCount - errors.length) };
  const progress = {
    status: 'importing' as const,
    checkedRows: checker.dataRows,
    checkedShare: 1,
    totalRows: checker.dataRows,
  };
  ctx.progress(await lease.save(progress));
  return { ok: true, job: { ...job, ...progress } };
}

/** The write pass, from the last committed batch on. */
export async function writePass(ctx: PassContext): Promise<RegistryImportDoc> {
  const { job, lease, signal } = ctx;
  const duty = new DutyCycle(IMPORT_REST_PER_WORK);
  // Reading up to the next batch (an XLSX's shared texts, the rows skipped on a resume) rests too.
  const source = await rows(ctx, () => duty.restEvery(CHECK_SLICE_MS, signal));
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
    ctx.progress(await lease.save(counts));
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
export async function verifyPass(ctx: PassContext, profiles: ProfilesService): Promise<number> {
  const { job, lease, signal } = ctx;
  const before = job.status === 'verifying' ? job.certificatesVerified : 0;
  const duty = new DutyCycle(IMPORT_REST_PER_WORK);
  return verifyClaims(profiles, before, {
    started: async (claimsToCheck) => {
      ctx.progress(
        await lease.save({ status: 'verifying', claimsToCheck, claimsChecked: 0, certificatesVerified: before }),
      );
    },
    checked: async (claimsChecked, certificatesVerified) => {
      ctx.progress(await lease.save({ claimsChecked, certificatesVerified }));
      await duty.rest(signal);
    },
  });
}

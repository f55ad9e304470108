import type { RegistryErrorCode, RegistryImport } from '@shsw/shared';
import type { RegistryImportDoc } from './registry.model.js';

export function presentImport(job: RegistryImportDoc): RegistryImport {
  return {
    id: String(job._id),
    fileName: job.fileName,
    status: job.status,
    fileBytes: job.fileBytes,
    checkedRows: job.checkedRows,
    checkedShare: Math.min(1, Math.max(0, job.checkedShare)),
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    inserted: job.inserted,
    updated: job.updated,
    unchanged: job.unchanged,
    claimsChecked: job.claimsChecked,
    claimsToCheck: job.claimsToCheck,
    certificatesVerified: job.certificatesVerified,
    errors: job.errors.map((e) => ({
      row: e.row ?? 0,
      column: e.column ?? '',
      code: (e.code ?? 'processing_failed') as RegistryErrorCode,
      message: e.message ?? '',
    })),
    moreErrors: job.moreErrors,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

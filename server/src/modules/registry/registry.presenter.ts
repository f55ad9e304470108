import type { RegistryErrorCode, RegistryImport } from '@shsw/shared';
import type { RegistryImportDoc } from './registry.model.js';

export function presentImport(job: RegistryImportDoc): RegistryImport {
  return {
    id: String(job._id),
    fileName: job.fileName,
    status: job.status,
    // Imports stored before these fields existed lack them (read lean, without defaults).
    fileBytes: job.fileBytes ?? 0,
    checkedRows: job.checkedRows ?? 0,
    checkedShare: Math.min(1, Math.max(0, job.checkedShare ?? 0)),
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    inserted: job.inserted,
    updated: job.updated,
    unchanged: job.unchanged,
    claimsChecked: job.claimsChecked ?? 0,
    claimsToCheck: job.claimsToCheck ?? 0,
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

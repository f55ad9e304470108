import type mongoose from 'mongoose';

/**
 * The finished import that brought the demo registry in, so the bureau's import history shows
 * what a done import looks like (its rows are the registry entries the seed writes).
 */
export function demoRegistryImport(opts: {
  id: mongoose.Types.ObjectId;
  bureauUserId: mongoose.Types.ObjectId;
  rows: number;
  certificatesVerified: number;
  now: Date;
}) {
  const startedAt = new Date(opts.now.getTime() - 3 * 86_400_000);
  return {
    _id: opts.id,
    fileName: '社会工作者职业水平证书登记库.xlsx',
    fileSha256: '0'.repeat(64),
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileBytes: opts.rows * 40,
    chunkCount: 0,
    byUserId: opts.bureauUserId,
    actor: { role: 'bureau', orgId: null },
    ip: null,
    status: 'done',
    active: false,
    leaseOwner: null,
    leaseUntil: new Date(0),
    failures: 0,
    checkedRows: opts.rows,
    checkedShare: 1,
    totalRows: opts.rows,
    processedRows: opts.rows,
    inserted: opts.rows,
    updated: 0,
    unchanged: 0,
    claimsChecked: opts.certificatesVerified,
    claimsToCheck: opts.certificatesVerified,
    certificatesVerified: opts.certificatesVerified,
    errors: [],
    moreErrors: 0,
    startedAt,
    finishedAt: new Date(startedAt.getTime() + 4 * 60_000),
  };
}

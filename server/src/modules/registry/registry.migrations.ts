import type { Migration } from '../../platform/db/migrations.js';
import { type RegistryImportDoc, RegistryImportModel } from './registry.model.js';

const finished = new Set(['done', 'failed']);

export const registryMigrations: Migration[] = [
  {
    // Imports from before they ran as resumable jobs: finished ones get the new fields; ones a
    // restart left `importing` forever (their file was only ever in memory) end as failed.
    id: '2026-12-registry-import-jobs',
    async run() {
      // A short list (one document per import ever made), read whole.
      const all = await RegistryImportModel.find({}, { _id: 1, status: 1, active: 1 }).lean<
        Pick<RegistryImportDoc, '_id' | 'status' | 'active'>[]
      >();
      for (const job of all.filter((j) => typeof j.active !== 'boolean')) {
        const defaults = {
          active: false,
          leaseOwner: null,
          fileBytes: 0,
          chunkCount: 0,
          checkedRows: 0,
          checkedShare: 1,
          claimsChecked: 0,
          claimsToCheck: 0,
        };
        await RegistryImportModel.updateOne(
          { _id: job._id },
          finished.has(job.status)
            ? { $set: defaults }
            : {
                $set: {
                  ...defaults,
                  status: 'failed',
                  finishedAt: new Date(),
                  errors: [
                    {
                      row: 0,
                      column: '',
                      code: 'processing_failed',
                      message: 'stopped by a restart before imports could resume; import the file again',
                    },
                  ],
                },
              },
        );
      }
    },
  },
];

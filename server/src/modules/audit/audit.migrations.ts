import type { Migration } from '../../platform/db/migrations.js';
import { AuditEvent, type AuditEventDoc, auditTargetKey } from './audit.model.js';

const BATCH = 1_000;

export const auditMigrations: Migration[] = [
  {
    // Events written before `targetKey` existed get it, so "who viewed my record" finds them.
    id: '2026-12-audit-target-key',
    async run() {
      let batch: { updateOne: { filter: object; update: object } }[] = [];
      const flush = async () => {
        if (batch.length > 0) await AuditEvent.bulkWrite(batch, { ordered: false });
        batch = [];
      };
      for await (const e of AuditEvent.find({ targetKey: null }, { _id: 1, target: 1 })
        .lean<Pick<AuditEventDoc, '_id' | 'target'>>()
        .cursor({ batchSize: BATCH })) {
        const key = e.target ? auditTargetKey({ type: e.target.type, id: e.target.id ?? null }) : null;
        if (key) batch.push({ updateOne: { filter: { _id: e._id }, update: { $set: { targetKey: key } } } });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
    },
  },
];

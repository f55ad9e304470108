import mongoose, { type InferSchemaType } from 'mongoose';

const auditEventSchema = new mongoose.Schema(
  {
    at: { type: Date, required: true },
    action: { type: String, required: true },
    actor: {
      userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null },
      role: { type: String, default: null },
      orgId: { type: mongoose.Schema.Types.ObjectId, ref: 'Organisation', default: null },
    },
    target: {
      type: { type: String, required: true },
      /** The id of a user, a talent record (the same id), an organisation, a report…, as `type` says. */
      id: { type: String, default: null },
    },
    /**
     * `<type>:<id>` of the target, top-level so "what happened to this record" is an index lookup:
     * FerretDB serves only top-level equality from an index (a filter on `target.id` read the log).
     */
    targetKey: { type: String, default: null },
    ip: { type: String, default: null },
    details: { type: mongoose.Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, collection: 'audit_events' },
);
auditEventSchema.index({ targetKey: 1, at: -1 });
auditEventSchema.index({ action: 1, at: -1 });
auditEventSchema.index({ at: -1 });

export const auditTargetKey = (target: { type: string; id: string | null }) =>
  target.id === null ? null : `${target.type}:${target.id}`;

export type AuditEventDoc = InferSchemaType<typeof auditEventSchema> & { _id: mongoose.Types.ObjectId };
export const AuditEvent = mongoose.model('AuditEvent', auditEventSchema);

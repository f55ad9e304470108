export { auditMigrations } from './audit.migrations.js';
export { AuditEvent, type AuditEventDoc, auditTargetKey } from './audit.model.js';
export { auditPersonalData } from './audit.personal-data.js';
export { type AuditAction, type AuditEntry, recordAudit } from './audit.service.js';

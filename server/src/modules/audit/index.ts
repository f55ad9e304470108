export { AuditEvent, type AuditEventDoc } from './audit.model.js';
export { type AuditAction, type AuditEntry, recordAudit } from './audit.service.js';

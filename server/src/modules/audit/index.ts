export { AuditEvent, type AuditEventDoc } from './audit.model.js';
export { auditPersonalData } from './audit.personal-data.js';
export { type AuditAction, type AuditEntry, recordAudit } from './audit.service.js';

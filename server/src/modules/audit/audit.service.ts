import type { Viewer } from '../../platform/http/viewer.js';
import { AuditEvent, auditTargetKey } from './audit.model.js';

export type AuditAction =
  | 'login_failure_burst'
  | 'account_locked'
  | 'password_changed'
  | 'password_reset'
  | 'email_changed'
  | 'role_changed'
  | 'account_disabled'
  | 'account_enabled'
  | 'account_deleted'
  | 'organisation_registered'
  | 'organisation_verified'
  | 'organisation_rejected'
  | 'member_removed'
  | 'ownership_transferred'
  | 'organisation_closed'
  | 'invite_accepted'
  | 'profile_viewed'
  | 'application_opened'
  | 'position_draft_deleted'
  | 'contact_revealed'
  | 'id_card_stored'
  | 'id_card_removed'
  | 'data_exported'
  | 'certificate_verified'
  | 'certificate_refused'
  | 'registry_imported'
  | 'ce_rule_changed'
  | 'invitation_quota_changed'
  | 'report_published'
  | 'denominator_entered'
  | 'conversation_report_viewed';

export interface AuditEntry {
  action: AuditAction;
  actor: Viewer | { userId: string | null; role: string | null; orgId?: string | null } | null;
  target: { type: string; id: string | null };
  ip?: string | null | undefined;
  details?: Record<string, unknown>;
}

/** Appends to the audit log. Audit writes are awaited: an action that must be audited fails without it. */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  await AuditEvent.create({
    at: new Date(),
    action: entry.action,
    actor: {
      userId: entry.actor?.userId ?? null,
      role: entry.actor?.role ?? null,
      orgId: entry.actor?.orgId ?? null,
    },
    target: entry.target,
    targetKey: auditTargetKey(entry.target),
    ip: entry.ip ?? null,
    details: entry.details ?? {},
  });
}

/**
 * Actions the server records today (the contract types `action` as a plain string); they get a
 * translated name, anything newer is shown by its code.
 */
export const knownAuditActions = [
  'organisation_registered',
  'organisation_verified',
  'organisation_rejected',
  'member_removed',
  'ownership_transferred',
  'organisation_closed',
  'invite_accepted',
  'certificate_verified',
  'certificate_refused',
  'registry_imported',
  'ce_rule_changed',
  'invitation_quota_changed',
  'profile_viewed',
  'application_opened',
  'contact_revealed',
  'id_card_stored',
  'id_card_removed',
  'data_exported',
  'account_deleted',
  'account_locked',
  'login_failure_burst',
  'password_changed',
  'password_reset',
  'email_changed',
  'role_changed',
  'account_disabled',
  'account_enabled',
  'conversation_report_viewed',
] as const;

export type KnownAuditAction = (typeof knownAuditActions)[number];

export function isKnownAction(action: string): action is KnownAuditAction {
  return (knownAuditActions as readonly string[]).includes(action);
}

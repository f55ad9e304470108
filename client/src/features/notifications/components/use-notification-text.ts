import { type ApplicationStatus, applicationStatuses, type Notification } from '@shsw/shared';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export interface NotificationText {
  title: string;
  body: string;
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * Words a notification in the interface language from its type and data (the server stores no
 * sentences, only what happened), as it does for error codes.
 */
export function useNotificationText(): (n: Notification) => NotificationText {
  const { t } = useTranslation();
  return useCallback(
    (n: Notification): NotificationText => {
      const d = n.data;
      const position = text(d.positionTitle);
      switch (n.type) {
        case 'application_submitted':
          return {
            title: t('notifications.types.application_submitted.title'),
            body: t('notifications.types.application_submitted.body', { position }),
          };
        case 'offer_answered':
          return d.answer === 'accepted'
            ? {
                title: t('notifications.types.offer_answered.titleAccepted'),
                body: t('notifications.types.offer_answered.bodyAccepted', { position }),
              }
            : {
                title: t('notifications.types.offer_answered.titleDeclined'),
                body: t('notifications.types.offer_answered.bodyDeclined', { position }),
              };
        case 'organisation_verified':
          return {
            title: t('notifications.types.organisation_verified.title'),
            body: t('notifications.types.organisation_verified.body'),
          };
        case 'organisation_rejected':
          return {
            title: t('notifications.types.organisation_rejected.title'),
            body: d.reason
              ? t('notifications.types.organisation_rejected.body', { reason: text(d.reason) })
              : t('notifications.types.organisation_rejected.bodyNoReason'),
          };
        case 'organisation_ownership_transferred':
          return {
            title: t('notifications.types.organisation_ownership_transferred.title'),
            body: t('notifications.types.organisation_ownership_transferred.body', { org: text(d.orgName) }),
          };
        case 'organisation_closed':
          return {
            title: t('notifications.types.organisation_closed.title'),
            body: t('notifications.types.organisation_closed.body', { org: text(d.orgName) }),
          };
        case 'position_expiring':
          return {
            title: t('notifications.types.position_expiring.title'),
            body: t('notifications.types.position_expiring.body', { position, date: text(d.deadline) }),
          };
        case 'application_status_changed': {
          const status = applicationStatuses.find((s: ApplicationStatus) => s === d.status);
          return {
            title: t('notifications.types.application_status_changed.title'),
            body: t('notifications.types.application_status_changed.body', {
              position,
              org: text(d.orgName),
              status: status ? t(`status.application.${status}`) : text(d.status),
            }),
          };
        }
        case 'certificate_decided':
          return d.status === 'verified'
            ? {
                title: t('notifications.types.certificate_decided.titleVerified'),
                body: t('notifications.types.certificate_decided.bodyVerified'),
              }
            : {
                title: t('notifications.types.certificate_decided.titleRefused'),
                body: d.reason
                  ? t('notifications.types.certificate_decided.bodyRefused', { reason: text(d.reason) })
                  : t('notifications.types.certificate_decided.bodyRefusedNoReason'),
              };
        case 'saved_search_match':
          return {
            title: t('notifications.types.saved_search_match.title', { name: text(d.searchName) }),
            body: t('notifications.types.saved_search_match.body', { position, org: text(d.orgName) }),
          };
        case 'saved_search_digest':
          return {
            title: t('notifications.types.saved_search_digest.title', { name: text(d.searchName) }),
            body: t('notifications.types.saved_search_digest.body', {
              count: Number(d.count) || 0,
              titles: text(d.titles),
            }),
          };
        case 'profile_match':
          return {
            title: t('notifications.types.profile_match.title'),
            body: t('notifications.types.profile_match.body', {
              position,
              org: text(d.orgName),
              score: text(d.score),
            }),
          };
        case 'ce_reminder':
          return {
            title: t('notifications.types.ce_reminder.title'),
            body: t('notifications.types.ce_reminder.body', {
              hours: text(d.hoursShort),
              required: text(d.required),
              date: text(d.cycleEnd),
            }),
          };
        case 'organisation_to_verify':
          return {
            title: t('notifications.types.organisation_to_verify.title'),
            body: t('notifications.types.organisation_to_verify.body', { org: text(d.orgName) }),
          };
        case 'registry_import_finished':
          return d.status === 'done'
            ? {
                title: t('notifications.types.registry_import_finished.titleDone'),
                body: t('notifications.types.registry_import_finished.bodyDone', {
                  inserted: Number(d.inserted) || 0,
                  verified: Number(d.verified) || 0,
                }),
              }
            : {
                title: t('notifications.types.registry_import_finished.titleFailed'),
                body: t('notifications.types.registry_import_finished.bodyFailed'),
              };
        case 'message_received':
          return {
            title: t('notifications.types.message_received.title'),
            body: t('notifications.types.message_received.body', { sender: text(d.senderName), position }),
          };
        case 'sign_in_failures':
          return {
            title: t('notifications.types.sign_in_failures.title'),
            body: t('notifications.types.sign_in_failures.body', {
              failures: Number(d.failures) || 0,
              time: typeof d.at === 'string' ? dayjs(d.at).format('YYYY-MM-DD HH:mm') : '',
            }),
          };
        case 'report_drafted':
          return {
            title: t('notifications.types.report_drafted.title'),
            body: t('notifications.types.report_drafted.body', { period: text(d.periodId) }),
          };
        case 'report_published':
          return {
            title: t('notifications.types.report_published.title'),
            body: d.preliminary
              ? t('notifications.types.report_published.bodyPreliminary', { period: text(d.periodId) })
              : t('notifications.types.report_published.body', { period: text(d.periodId) }),
          };
        case 'invitation_received':
          return {
            title: t('invitations.notify.received.title'),
            body: t('invitations.notify.received.body', { org: text(d.orgName), position }),
          };
        case 'invitation_answered':
          return {
            title:
              d.answer === 'accepted'
                ? t('invitations.notify.answered.titleAccepted')
                : t('invitations.notify.answered.titleDeclined'),
            body: t('invitations.notify.answered.body', { worker: text(d.workerName), position }),
          };
        case 'contact_requested':
          return {
            title: t('invitations.notify.contactRequested.title'),
            body: t('invitations.notify.contactRequested.body', { org: text(d.orgName) }),
          };
        case 'contact_answered':
          return {
            title:
              d.answer === 'granted'
                ? t('invitations.notify.contactAnswered.titleGranted')
                : d.answer === 'withdrawn'
                  ? t('invitations.notify.contactAnswered.titleWithdrawn')
                  : t('invitations.notify.contactAnswered.titleRefused'),
            body: t('invitations.notify.contactAnswered.body', { worker: text(d.workerName) }),
          };
      }
    },
    [t],
  );
}

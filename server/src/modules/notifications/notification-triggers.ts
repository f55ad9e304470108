import type { DomainEventBus } from '../../platform/events/domain-events.js';
import { rooms } from '../../platform/realtime/realtime.js';
import { type OrganisationDoc, OrganisationModel } from '../organisations/index.js';
import { forgetPosition, type PositionDoc, PositionModel } from '../positions/index.js';
import { type ProfileDoc, ProfileModel } from '../profiles/index.js';
import type { NotificationsService } from './notifications.service.js';

/** Who hears about what (the table), wired to the domain events services emit. */
export function subscribeNotificationTriggers(events: DomainEventBus, notifications: NotificationsService): void {
  const position = (id: string) => PositionModel.findById(id).lean<PositionDoc>();
  const org = (id: string) => OrganisationModel.findById(id).lean<OrganisationDoc>();
  const toUsers = (ids: readonly string[]) => ids.map((userId) => ({ userId }));

  // Members' open boards follow every arrival and move, including a colleague's (who gets no notification).
  const boardChanged = (e: { orgId: string; applicationId: string; positionId: string }) =>
    notifications.broadcast(rooms.org(e.orgId), 'applications:changed', {
      applicationId: e.applicationId,
      positionId: e.positionId,
    });
  events.on('application.submitted', boardChanged);
  events.on('application.status_changed', boardChanged);

  events.on('application.submitted', async (e) => {
    const p = await position(e.positionId);
    await notifications.notify(toUsers(await notifications.orgMembers(e.orgId)), {
      type: 'application_submitted',
      data: { applicationId: e.applicationId, positionId: e.positionId, positionTitle: p?.title ?? '' },
      link: `/org/positions/${e.positionId}/pipeline?application=${e.applicationId}`,
    });
  });

  events.on('application.status_changed', async (e) => {
    const p = await position(e.positionId);
    if (e.actor === 'employer' || e.actor === 'system') {
      const o = await org(e.orgId);
      await notifications.notify([{ userId: e.workerUserId }], {
        type: 'application_status_changed',
        data: { applicationId: e.applicationId, positionTitle: p?.title ?? '', orgName: o?.name ?? '', status: e.to },
        link: '/me/applications',
      });
    } else if (e.to === 'accepted' || e.to === 'declined') {
      await notifications.notify(toUsers(await notifications.orgMembers(e.orgId)), {
        type: 'offer_answered',
        data: { applicationId: e.applicationId, positionId: e.positionId, positionTitle: p?.title ?? '', answer: e.to },
        link: `/org/positions/${e.positionId}/pipeline?application=${e.applicationId}`,
      });
    }
  });

  events.on('organisation.verification_decided', async (e) => {
    await notifications.notify(toUsers(await notifications.orgMembers(e.orgId)), {
      type: e.status === 'verified' ? 'organisation_verified' : 'organisation_rejected',
      data: { orgId: e.orgId, reason: e.reason },
      link: '/org',
    });
  });

  events.on('organisation.ownership_transferred', async (e) => {
    const o = await org(e.orgId);
    await notifications.notify([{ userId: e.toUserId }], {
      type: 'organisation_ownership_transferred',
      data: { orgId: e.orgId, orgName: o?.name ?? '' },
      link: '/org',
    });
  });

  // Former members: by now nobody belongs to it any more.
  events.on('organisation.closed', async (e) => {
    const o = await org(e.orgId);
    await notifications.notify(toUsers(e.formerMemberIds), {
      type: 'organisation_closed',
      data: { orgId: e.orgId, orgName: o?.name ?? '' },
      link: null,
    });
  });

  events.on('organisation.registered', async (e) => {
    const o = await org(e.orgId);
    await notifications.notify(toUsers(await notifications.bureauUsers()), {
      type: 'organisation_to_verify',
      data: { orgId: e.orgId, orgName: o?.name ?? '' },
      link: '/bureau/organisations',
    });
  });

  events.on('account.sign_in_failures', async (e) => {
    await notifications.notify([{ userId: e.userId }], {
      type: 'sign_in_failures',
      data: { failures: e.failures, at: e.at },
      link: null,
    });
  });

  events.on('certificate.decided', async (e) => {
    await notifications.notify([{ userId: e.userId }], {
      type: 'certificate_decided',
      data: { certificateId: e.certificateId, status: e.status, reason: e.reason },
      link: '/me/profile#certificates',
    });
  });

  // Every bureau (and admin) page open on the imports follows them live, not only the uploader's;
  // each step carries the import as saved, so the pages see the steps in the order they happened.
  events.on('registry.import_progress', (e) => {
    notifications.broadcast(rooms.bureau, 'registry:progress', e.import);
  });

  events.on('registry.import_finished', async (e) => {
    const job = e.import;
    notifications.broadcast(rooms.bureau, 'registry:progress', job);
    await notifications.notify([{ userId: e.byUserId }], {
      type: 'registry_import_finished',
      data: {
        importId: e.importId,
        status: e.status,
        inserted: job.inserted,
        verified: job.certificatesVerified,
      },
      link: '/bureau/registry',
    });
  });
}

/** The scheduled job: open positions whose deadline is within three days, reminded once. */
export async function remindExpiringPositions(notifications: NotificationsService, now = new Date()): Promise<number> {
  const soon = new Date(now.getTime() + 3 * 86_400_000);
  const due = await PositionModel.find({ status: 'open', expiryReminderAt: null }).lean<PositionDoc[]>();
  let sent = 0;
  for (const p of due) {
    if (!p.deadlineAt || p.deadlineAt > soon || p.deadlineAt < now) continue;
    // Claim the reminder first so a second node (or run) never sends it again.
    const claimed = await PositionModel.updateOne(
      { _id: p._id, expiryReminderAt: null },
      { $set: { expiryReminderAt: now } },
    );
    forgetPosition(p._id);
    if (claimed.modifiedCount !== 1) continue;
    await notifications.notify(
      (await notifications.orgMembers(String(p.orgId))).map((userId) => ({ userId })),
      {
        type: 'position_expiring',
        data: { positionId: String(p._id), positionTitle: p.title, deadline: p.deadline },
        link: `/org/positions/${String(p._id)}/edit`,
      },
    );
    sent += 1;
  }
  return sent;
}

/**
 * The scheduled job: workers whose continuing-education cycle ends within six months while their
 * hours are short, reminded once per cycle.
 */
export async function remindContinuingEducation(notifications: NotificationsService): Promise<number> {
  const due = await ProfileModel.find({ ceReminderPending: true }).lean<ProfileDoc[]>();
  let sent = 0;
  for (const p of due) {
    const ce = p.computed?.ce;
    if (!ce?.cycleEnd || p.ceReminderFor === ce.cycleEnd) continue;
    const claimed = await ProfileModel.updateOne(
      { _id: p._id, version: p.version },
      { $set: { ceReminderFor: ce.cycleEnd, ceReminderPending: false } },
    );
    if (claimed.modifiedCount !== 1) continue;
    await notifications.notify([{ userId: String(p.userId) }], {
      type: 'ce_reminder',
      data: { hoursShort: ce.hoursShort, required: ce.required, cycleEnd: ce.cycleEnd },
      link: '/me/profile#continuing-education',
    });
    sent += 1;
  }
  return sent;
}

import { maskName } from '@shsw/shared';
import mongoose from 'mongoose';
import { type NewNotification, NotificationsService } from '../modules/notifications/index.js';
import { demoAccounts } from './demo-accounts.js';

type Id = mongoose.Types.ObjectId;
type Doc = Record<string, unknown> & { _id: Id };

/**
 * What the demo accounts find unread at their first sign-in, stored through the notification
 * service with the data the live triggers give (the worker: the interview, an invitation, a match
 * and a contact request; the organisation: a new applicant and answered invitations; the bureau:
 * an organisation waiting for verification). Read from the seeded records, oldest first.
 */
export async function seedDemoNotifications(opts: { workerId: Id }): Promise<number> {
  const db = mongoose.connection;
  const find = (collection: string, filter: object, sort: Record<string, 1 | -1> = { _id: 1 }) =>
    db.collection(collection).find(filter).sort(sort).limit(50).toArray() as Promise<Doc[]>;
  const one = async (collection: string, filter: object) =>
    (await db.collection(collection).findOne(filter)) as Doc | null;
  const owner = await one('users', { login: demoAccounts.owner.login });
  const org = owner?.orgId ? await one('organisations', { _id: owner.orgId }) : null;
  const service = new NotificationsService();
  const title = async (positionId: unknown) => String((await one('positions', { _id: positionId }))?.title ?? '');
  const orgName = async (orgId: unknown) => String((await one('organisations', { _id: orgId }))?.name ?? '');
  let sent = 0;
  const notify = async (userIds: readonly unknown[], n: NewNotification) => {
    sent += (
      await service.notify(
        userIds.map((id) => ({ userId: String(id) })),
        n,
      )
    ).length;
  };
  const worker = [opts.workerId];
  const members = org ? (await find('users', { orgId: org._id })).map((u) => u._id) : [];

  // The worker: a match first, then the invitation, the contact request and the interview.
  const wished = await find('positions', { status: 'open', primaryDomain: 'elderly_care' }, { publishedAt: -1 });
  const match = wished.find((p) => String(p.orgId) !== String(org?._id));
  if (match) {
    await notify(worker, {
      type: 'profile_match',
      data: {
        positionId: String(match._id),
        positionTitle: String(match.title),
        orgName: await orgName(match.orgId),
        score: 86,
      },
      link: `/positions/${String(match._id)}`,
    });
  }
  const invitations = await find('apply_invitations', { profileId: opts.workerId });
  const pending = invitations.find((i) => i.status === 'pending');
  if (pending) {
    await notify(worker, {
      type: 'invitation_received',
      data: {
        invitationId: String(pending._id),
        positionId: String(pending.positionId),
        positionTitle: await title(pending.positionId),
        orgName: await orgName(pending.orgId),
      },
      link: '/me/invitations',
    });
  }
  const request = (await find('contact_requests', { profileId: opts.workerId })).find((r) => r.status === 'pending');
  if (request) {
    await notify(worker, {
      type: 'contact_requested',
      data: { requestId: String(request._id), orgName: await orgName(request.orgId) },
      link: '/me/invitations',
    });
  }
  const interview = (await find('applications', { workerUserId: opts.workerId })).find((a) => a.status === 'interview');
  if (interview) {
    await notify(worker, {
      type: 'application_status_changed',
      data: {
        applicationId: String(interview._id),
        positionTitle: await title(interview.positionId),
        orgName: await orgName(interview.orgId),
        status: 'interview',
      },
      link: '/me/applications',
    });
  }

  // The organisation: the worker's answers to its invitations, then its newest applicant.
  const workerName = maskName(demoAccounts.worker.displayName);
  for (const answered of invitations.filter((i) => i.status === 'accepted' || i.status === 'declined')) {
    const positionId = String(answered.positionId);
    await notify(members, {
      type: 'invitation_answered',
      data: {
        invitationId: String(answered._id),
        positionId,
        positionTitle: await title(answered.positionId),
        workerName,
        answer: String(answered.status),
      },
      link:
        answered.status === 'accepted' && answered.applicationId
          ? `/org/positions/${positionId}/pipeline?application=${String(answered.applicationId)}`
          : '/org/invitations',
    });
  }
  // Through its positions: applications are indexed by position, not organisation (a million at the 2025 scale).
  const submitted: Doc[] = [];
  for (const position of org ? await find('positions', { orgId: org._id }, { createdAt: -1 }) : [])
    submitted.push(...(await find('applications', { positionId: position._id, status: 'submitted' })));
  const applicant = submitted.sort((a, b) => (b.createdAt as Date).getTime() - (a.createdAt as Date).getTime())[0];
  if (applicant) {
    const positionId = String(applicant.positionId);
    await notify(members, {
      type: 'application_submitted',
      data: { applicationId: String(applicant._id), positionId, positionTitle: await title(applicant.positionId) },
      link: `/org/positions/${positionId}/pipeline?application=${String(applicant._id)}`,
    });
  }

  // The pending organisation's owner: why it was returned once (it has been sent again since).
  const pendingOwner = await one('users', { login: demoAccounts.pendingOwner.login });
  const returned = pendingOwner?.orgId ? await one('organisations', { _id: pendingOwner.orgId }) : null;
  const verification = returned?.verification as { reason?: string | null } | undefined;
  if (pendingOwner && returned && verification?.reason) {
    await notify([pendingOwner._id], {
      type: 'organisation_rejected',
      data: { orgId: String(returned._id), reason: verification.reason },
      link: '/org',
    });
  }

  // The bureau (and the admin, who shares the queue): the latest organisations waiting for verification.
  const staff = await service.bureauUsers();
  const waiting = await find('organisations', { status: 'pending' }, { createdAt: -1 });
  for (const o of waiting.slice(0, 3).reverse()) {
    await notify(staff, {
      type: 'organisation_to_verify',
      data: { orgId: String(o._id), orgName: String(o.name) },
      link: '/bureau/organisations',
    });
  }
  return sent;
}

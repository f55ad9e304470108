import { maskName } from '@shsw/shared';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { NotificationsService } from '../notifications/index.js';
import { type OrganisationDoc, OrganisationModel } from '../organisations/index.js';
import { type PositionDoc, PositionModel } from '../positions/index.js';
import { type ProfileDoc, ProfileModel } from '../profiles/index.js';

/**
 * Who hears about invitations and contact requests. Notifications carry titles and names only:
 * the invitation's message, a decline reason and a request's note stay in the app's pages.
 */
export function subscribeInvitationNotifications(events: DomainEventBus, notifications: NotificationsService): void {
  const position = (id: string) => PositionModel.findById(id).lean<PositionDoc>();
  const org = (id: string) => OrganisationModel.findById(id).lean<OrganisationDoc>();
  const workerName = async (id: string) =>
    maskName((await ProfileModel.findById(id).lean<ProfileDoc>())?.personal?.name ?? '');
  const members = async (orgId: string) => (await notifications.orgMembers(orgId)).map((userId) => ({ userId }));

  events.on('invitation.sent', async (e) => {
    const [p, o] = await Promise.all([position(e.positionId), org(e.orgId)]);
    await notifications.notify([{ userId: e.profileId }], {
      type: 'invitation_received',
      data: {
        invitationId: e.invitationId,
        positionId: e.positionId,
        positionTitle: p?.title ?? '',
        orgName: o?.name ?? '',
      },
      link: '/me/invitations',
    });
  });

  events.on('invitation.answered', async (e) => {
    const p = await position(e.positionId);
    await notifications.notify(await members(e.orgId), {
      type: 'invitation_answered',
      data: {
        invitationId: e.invitationId,
        positionId: e.positionId,
        positionTitle: p?.title ?? '',
        workerName: await workerName(e.profileId),
        answer: e.answer,
      },
      link:
        e.answer === 'accepted' && e.applicationId
          ? `/org/positions/${e.positionId}/pipeline?application=${e.applicationId}`
          : '/org/invitations',
    });
  });

  events.on('contact.requested', async (e) => {
    const o = await org(e.orgId);
    await notifications.notify([{ userId: e.profileId }], {
      type: 'contact_requested',
      data: { requestId: e.requestId, orgName: o?.name ?? '' },
      link: '/me/invitations',
    });
  });

  // No id of the worker in it: the organisation's notice must not outlive the worker's account.
  events.on('contact.answered', async (e) => {
    await notifications.notify(await members(e.orgId), {
      type: 'contact_answered',
      data: { requestId: e.requestId, workerName: await workerName(e.profileId), answer: e.answer },
      link: '/org/invitations',
    });
  });
}

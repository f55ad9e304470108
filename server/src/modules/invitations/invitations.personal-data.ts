import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { type ContactRequestDoc, ContactRequestModel } from './contact-request.model.js';
import { type InvitationDoc, InvitationModel } from './invitation.model.js';

export const invitationsPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'ApplyInvitation',
    personal: true,
    section: 'applyInvitations',
    export: {
      // Invitations the person received, and those they sent for an organisation.
      async read(subject) {
        const [received, sent] = await Promise.all([
          InvitationModel.find({ profileId: subject.userId }).lean<InvitationDoc[]>(),
          InvitationModel.find({ byUserId: subject.userId }).lean<InvitationDoc[]>(),
        ]);
        const row = (i: InvitationDoc) => ({
          organisation: String(i.orgId),
          position: String(i.positionId),
          talentRecord: String(i.profileId),
          message: i.message,
          status: i.status,
          declineReason: i.declineReason,
          sentAt: i.sentAt,
          expiresAt: i.expiresAt,
          answeredAt: i.answeredAt,
          application: i.applicationId ? String(i.applicationId) : null,
        });
        return { received: received.map(row), sent: sent.map(row) };
      },
    },
    erasure: {
      how: 'erase',
      // Invitations to the worker go (message and answer included); an organisation keeps those its
      // deleted member sent, no longer saying who sent them.
      run: async ({ subject }) =>
        (await InvitationModel.deleteMany({ profileId: subject.userId })).deletedCount +
        (await InvitationModel.updateMany({ byUserId: subject.userId }, { $set: { byUserId: null, byName: '' } }))
          .modifiedCount,
    },
  },
  {
    model: 'ContactRequest',
    personal: true,
    section: 'contactRequests',
    export: {
      async read(subject) {
        const [received, made] = await Promise.all([
          ContactRequestModel.find({ profileId: subject.userId }).lean<ContactRequestDoc[]>(),
          ContactRequestModel.find({ byUserId: subject.userId }).lean<ContactRequestDoc[]>(),
        ]);
        const row = (r: ContactRequestDoc) => ({
          organisation: String(r.orgId),
          talentRecord: String(r.profileId),
          note: r.note,
          status: r.status,
          requestedAt: r.requestedAt,
          answeredAt: r.answeredAt,
        });
        return { received: received.map(row), made: made.map(row) };
      },
    },
    erasure: {
      how: 'erase',
      run: async ({ subject }) =>
        (await ContactRequestModel.deleteMany({ profileId: subject.userId })).deletedCount +
        (await ContactRequestModel.updateMany({ byUserId: subject.userId }, { $set: { byUserId: null } }))
          .modifiedCount,
    },
  },
  {
    model: 'InvitationQuotaDay',
    personal: false,
    why: 'how many invitations each organisation sent per day: a count per organisation, nobody in it',
  },
];

import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { type InviteDoc, InviteModel } from './invite.model.js';
import { type OrganisationDoc, OrganisationModel } from './organisation.model.js';

export const organisationsPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'Organisation',
    personal: true,
    section: 'organisationMembership',
    export: {
      // The organisation's record is the organisation's; the person's part is their membership.
      async read(subject) {
        if (!subject.orgId) return null;
        const org = await OrganisationModel.findById(subject.orgId).lean<OrganisationDoc>();
        if (!org) return null;
        const isOwner = String(org.ownerId) === subject.userId;
        return {
          organisation: { id: String(org._id), name: org.name, creditCode: org.creditCode, status: org.status },
          role: isOwner ? 'owner' : 'recruiter',
          // The contact person's details were entered by the owner: theirs to see.
          contact: isOwner ? org.contact : null,
        };
      },
    },
    // The last owner cannot delete the account without handing over or closing (which erases the contact person).
    erasure: {
      how: 'keep',
      reason: 'organisation_records',
      count: async (subject) =>
        subject.orgId ? ((await OrganisationModel.exists({ _id: subject.orgId })) ? 1 : 0) : 0,
    },
  },
  {
    model: 'OrgInvite',
    personal: true,
    section: 'invitations',
    export: {
      // Invitations are found through the organisation (indexed): those of the current one.
      async read(subject) {
        const invites = subject.orgId ? await InviteModel.find({ orgId: subject.orgId }).lean<InviteDoc[]>() : [];
        const mine = (i: InviteDoc, by: 'createdBy' | 'acceptedBy') => String(i[by]) === subject.userId;
        const present = (i: InviteDoc) => ({
          codeEnding: i.codeHint,
          organisationId: String(i.orgId),
          createdAt: i.createdAt,
          expiresAt: i.expiresAt,
          acceptedAt: i.acceptedAt,
          revokedAt: i.revokedAt,
        });
        return {
          created: invites.filter((i) => mine(i, 'createdBy')).map(present),
          accepted: invites.filter((i) => mine(i, 'acceptedBy')).map(present),
        };
      },
    },
    erasure: {
      how: 'keep',
      reason: 'organisation_records',
      count: async (subject) => {
        if (!subject.orgId) return 0;
        const invites = await InviteModel.find({ orgId: subject.orgId }, { createdBy: 1, acceptedBy: 1 }).lean<
          Pick<InviteDoc, 'createdBy' | 'acceptedBy'>[]
        >();
        return invites.filter((i) => String(i.createdBy) === subject.userId || String(i.acceptedBy) === subject.userId)
          .length;
      },
    },
  },
];

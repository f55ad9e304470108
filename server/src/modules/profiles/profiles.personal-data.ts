import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { CertificateClaimModel } from './certificate-claims.js';
import { type ProfileDoc, ProfileModel } from './profile.model.js';
import { presentOwnProfile } from './profiles.presenter.js';
import type { ProfilesService } from './profiles.service.js';

export function profilesPersonalData(profiles: ProfilesService, events: DomainEventBus): PersonalDataDeclaration[] {
  return [
    {
      model: 'Profile',
      personal: true,
      section: 'talentRecord',
      export: {
        // Everything, the ID-card number decrypted: it is the holder's own data.
        async read(subject) {
          const profile = subject.profileId ? await ProfileModel.findById(subject.profileId).lean<ProfileDoc>() : null;
          if (!profile) return null;
          return {
            ...presentOwnProfile(profile),
            idCardNumber: profiles.openIdCard(profile),
            idCardConsentedAt: profile.idCard?.consentedAt ?? null,
            openToWorkHistory: profile.openToWorkHistory,
            certificates: profile.certificates.map((c) => ({
              level: c.level,
              number: c.number,
              yearObtained: c.yearObtained,
              registrationValidUntil: c.registrationValidUntil,
              status: c.status,
              verifiedBy: c.verifiedBy,
              decidedAt: c.decidedAt,
              refusalReason: c.refusalReason,
              claimedAt: c.claimedAt,
            })),
            createdAt: profile.createdAt,
            updatedAt: profile.updatedAt,
          };
        },
      },
      // After the statistics kept their anonymous facts; the search index follows the event.
      erasure: {
        how: 'erase',
        order: 50,
        run: async ({ subject }) => {
          if (!subject.profileId) return 0;
          const { deletedCount } = await ProfileModel.deleteOne({ _id: subject.profileId });
          if (deletedCount > 0)
            events.emit('profile.deleted', { profileId: subject.profileId, userId: subject.userId });
          return deletedCount;
        },
      },
    },
    {
      model: 'CertificateClaim',
      personal: true,
      section: 'talentRecord',
      export: { none: "the bureau's queue copy of claimed certificates, listed with the talent record" },
      erasure: {
        how: 'erase',
        order: 50,
        run: async ({ subject }) => {
          if (!subject.profileId) return 0;
          const { deletedCount } = await CertificateClaimModel.deleteMany({ profileId: subject.profileId });
          return deletedCount;
        },
      },
    },
  ];
}

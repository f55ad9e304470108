export {
  type CertificateClaimDoc,
  CertificateClaimModel,
  type ClaimReasons,
  claimsOf,
  removeCertificateClaims,
  syncCertificateClaims,
} from './certificate-claims.js';
export { ceReminderPending, type ProfileDoc, ProfileModel, profilesByIds } from './profile.model.js';
export { computeProfile } from './profile-computed.js';
export { profileMigrations } from './profiles.migrations.js';
export { profilesPersonalData } from './profiles.personal-data.js';
export { profilePolicy } from './profiles.policy.js';
export { presentOwnProfile, presentTalentView } from './profiles.presenter.js';
export { registerProfileRoutes } from './profiles.router.js';
export { type CertificateRegistryCheck, newItemId, ProfilesService } from './profiles.service.js';
export { TalentAccessService } from './talent-access.service.js';

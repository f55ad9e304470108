export { ContactRequestModel } from './contact-request.model.js';
export { ContactRequestsService } from './contact-requests.service.js';
export { InvitationModel, InvitationQuotaDayModel, pendingInvitationsAmong } from './invitation.model.js';
export { subscribeInvitationNotifications } from './invitation-notifications.js';
export { InvitationQuota } from './invitation-quota.js';
export { invitationsPersonalData } from './invitations.personal-data.js';
export { registerInvitationRoutes } from './invitations.router.js';
export { InvitationsService } from './invitations.service.js';

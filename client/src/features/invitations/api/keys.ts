export const invitationsKey = ['invitations'] as const;
export const myInvitationsKey = [...invitationsKey, 'mine'] as const;
export const sentInvitationsKey = [...invitationsKey, 'sent'] as const;
export const invitationQuotaKey = [...invitationsKey, 'quota'] as const;
export const contactRequestsKey = ['contact-requests'] as const;
export const myContactRequestsKey = [...contactRequestsKey, 'mine'] as const;
export const orgContactRequestsKey = [...contactRequestsKey, 'org'] as const;
export const sharedContactKey = (profileId: string) => [...contactRequestsKey, 'shared', profileId] as const;
export const talentRecordKey = (profileId: string) => ['talent-record', profileId] as const;
/** The applications feature's cache: accepting an invitation adds an application to it. */
export const applicationsCacheKey = ['applications'] as const;

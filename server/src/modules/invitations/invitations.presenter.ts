import { type MyInvitation, maskName, type SentInvitation } from '@shsw/shared';
import type { OrganisationDoc } from '../organisations/index.js';
import type { PositionDoc } from '../positions/index.js';
import { effectiveStatus, type InvitationDoc } from './invitation.model.js';

export function presentInvitationPosition(p: PositionDoc | undefined, id: string): SentInvitation['position'] {
  return {
    id,
    title: p?.title ?? '',
    status: p?.status ?? 'closed',
    primaryDomain: (p?.primaryDomain ?? 'elderly_care') as SentInvitation['position']['primaryDomain'],
    districtCode: p?.districtCode ?? '',
    employmentType: (p?.employmentType ?? 'full_time') as SentInvitation['position']['employmentType'],
    salaryMin: p?.salaryMin ?? 0,
    salaryMax: p?.salaryMax ?? 0,
    minCertificate: (p?.minCertificate ?? 'none') as SentInvitation['position']['minCertificate'],
    headcount: p?.headcount ?? 0,
    deadline: p?.deadline ?? null,
  };
}

/** The sending organisation's view: the worker's name masked, as in talent search. */
export function presentSentInvitation(
  i: InvitationDoc,
  ctx: { position: PositionDoc | undefined; workerName: string; now: Date },
): SentInvitation {
  return {
    id: String(i._id),
    status: effectiveStatus(i, ctx.now),
    position: presentInvitationPosition(ctx.position, String(i.positionId)),
    profileId: String(i.profileId),
    workerName: maskName(ctx.workerName),
    message: i.message,
    declineReason: i.declineReason,
    sentByName: i.byName,
    sentAt: i.sentAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    answeredAt: i.answeredAt?.toISOString() ?? null,
    applicationId: i.applicationId ? String(i.applicationId) : null,
  };
}

/** The invited worker's view: who invited them (not which member), and how the position fits. */
export function presentMyInvitation(
  i: InvitationDoc,
  ctx: { position: PositionDoc | undefined; org: OrganisationDoc | undefined; match: MyInvitation['match']; now: Date },
): MyInvitation {
  return {
    id: String(i._id),
    status: effectiveStatus(i, ctx.now),
    position: presentInvitationPosition(ctx.position, String(i.positionId)),
    organisation: {
      id: String(i.orgId),
      name: ctx.org?.name ?? '',
      type: (ctx.org?.type ?? 'social_organisation') as MyInvitation['organisation']['type'],
      verified: ctx.org?.status === 'verified',
    },
    message: i.message,
    declineReason: i.declineReason,
    sentAt: i.sentAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    answeredAt: i.answeredAt?.toISOString() ?? null,
    applicationId: i.applicationId ? String(i.applicationId) : null,
    match: ctx.match,
  };
}

import { maskPhone, type Organisation, type OrganisationPublic } from '@shsw/shared';
import type { OrganisationDoc } from './organisation.model.js';

export function presentOrganisation(org: OrganisationDoc, opts: { maskContact?: boolean } = {}): Organisation {
  return {
    id: String(org._id),
    name: org.name,
    creditCode: org.creditCode,
    type: org.type as Organisation['type'],
    districtCode: org.districtCode,
    streetCode: org.streetCode,
    address: org.address,
    contact: {
      name: org.contact?.name ?? '',
      mobile: opts.maskContact ? maskPhone(org.contact?.mobile ?? '') : (org.contact?.mobile ?? ''),
      email: org.contact?.email ?? null,
    },
    staff: {
      fullTime: org.staff?.fullTime ?? 0,
      certified: org.staff?.certified ?? 0,
      swBachelorPlus: org.staff?.swBachelorPlus ?? 0,
      qualified: org.staff?.qualified ?? 0,
    },
    charterStatesSocialWorkAims: org.charterStatesSocialWorkAims,
    agencyQualified: org.agencyQualified,
    status: org.status as Organisation['status'],
    verification: {
      decidedAt: org.verification?.decidedAt?.toISOString() ?? null,
      reason: org.verification?.reason ?? null,
    },
    createdAt: org.createdAt.toISOString(),
  };
}

export function presentOrganisationPublic(org: OrganisationDoc): OrganisationPublic {
  return {
    id: String(org._id),
    name: org.name,
    type: org.type as OrganisationPublic['type'],
    districtCode: org.districtCode,
    streetCode: org.streetCode,
    verified: org.status === 'verified',
    agencyQualified: org.agencyQualified,
  };
}

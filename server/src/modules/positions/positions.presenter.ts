import { acceptsApplications, type Position, type PositionCard } from '@shsw/shared';
import type { OrganisationDoc } from '../organisations/index.js';
import { presentOrganisationPublic } from '../organisations/index.js';
import type { PositionDoc } from './position.model.js';

export interface PositionExtras {
  org: OrganisationDoc;
  comparison: Position['salaryComparison'];
  /** Only for members of the posting organisation. */
  applicantCounts: Record<string, number> | null;
  /** Members of the posting organisation see who moved the position and why; nobody else does. */
  forMembers: boolean;
  now: Date;
}

export function presentPosition(p: PositionDoc, extras: PositionExtras): Position {
  return {
    id: String(p._id),
    orgId: String(p.orgId),
    organisation: presentOrganisationPublic(extras.org),
    title: p.title,
    primaryDomain: p.primaryDomain as Position['primaryDomain'],
    secondaryDomain: p.secondaryDomain as Position['secondaryDomain'],
    talentCategory: p.talentCategory as Position['talentCategory'],
    description: p.description,
    districtCode: p.districtCode,
    streetCode: p.streetCode,
    headcount: p.headcount,
    filledCount: p.filledCount,
    employmentType: p.employmentType as Position['employmentType'],
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    minCertificate: p.minCertificate as Position['minCertificate'],
    minEducation: p.minEducation as Position['minEducation'],
    socialWorkMajorRequired: p.socialWorkMajorRequired,
    minYearsInDomain: p.minYearsInDomain,
    skills: p.skills,
    benefits: p.benefits,
    governmentPurchase: p.governmentPurchase,
    status: p.status,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    deadline: p.deadline,
    salaryComparison: extras.comparison,
    // Staff account ids and the free-text pause/close reasons are the organisation's internal record.
    statusHistory: p.statusHistory.map((h) => ({
      status: h.status,
      at: h.at.toISOString(),
      by: extras.forMembers && h.by ? String(h.by) : null,
      reason: extras.forMembers ? h.reason : null,
    })),
    applicantCounts: extras.applicantCounts,
    acceptsApplications: acceptsApplications({ status: p.status, deadline: p.deadline }, extras.now),
    // Set per viewer by the public read (`GET /api/positions/:id`) only.
    viewer: null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** A position as a small card: bookmarks and the organisation's public page. */
export function presentPositionCard(p: PositionDoc, org: OrganisationDoc | null, now: Date): PositionCard {
  return {
    id: String(p._id),
    title: p.title,
    orgId: String(p.orgId),
    orgName: org?.name ?? '',
    orgType: (org?.type ?? 'social_organisation') as PositionCard['orgType'],
    orgVerified: org?.status === 'verified',
    primaryDomain: p.primaryDomain as PositionCard['primaryDomain'],
    districtCode: p.districtCode,
    streetCode: p.streetCode,
    employmentType: p.employmentType as PositionCard['employmentType'],
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    status: p.status,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    deadline: p.deadline,
    acceptsApplications: acceptsApplications({ status: p.status, deadline: p.deadline }, now),
  };
}

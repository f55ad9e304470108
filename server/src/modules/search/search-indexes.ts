import { certificateRank, type EducationLevelCode, educationRank, maskName, serviceDomains } from '@shsw/shared';
import type { IndexDefinition, SearchDocument } from '../../platform/search/index.js';
import type { OrganisationDoc } from '../organisations/index.js';
import type { PositionDoc } from '../positions/index.js';
import type { ProfileDoc } from '../profiles/index.js';

export const POSITIONS_INDEX = 'positions';
export const TALENT_INDEX = 'talent';

/**
 * Chinese typo tolerance barely applies, so the words people use interchangeably are declared
 * (both ways where the relation is mutual).
 */
export const searchSynonyms: Record<string, string[]> = {
  社工: ['社会工作者', '社会工作'],
  社会工作者: ['社工'],
  助理社工师: ['助理社会工作师'],
  助理社会工作师: ['助理社工师'],
  社工师: ['社会工作师'],
  社会工作师: ['社工师'],
  高级社工师: ['高级社会工作师'],
  高级社会工作师: ['高级社工师'],
  医务社工: ['医院社工'],
  医院社工: ['医务社工'],
  养老: ['为老', '老年'],
  为老: ['养老', '老年'],
  老年: ['养老', '为老'],
  儿童: ['少儿'],
  禁毒: ['戒毒'],
  督导: ['supervisor'],
};

const domainLabel = new Map(serviceDomains.map((d) => [d.code, `${d.label.zh} ${d.label.en}`]));
const labelsOf = (codes: readonly string[]) => codes.map((c) => domainLabel.get(c as never) ?? c);

export const positionsIndex: IndexDefinition = {
  name: POSITIONS_INDEX,
  searchable: [
    { field: 'title', weight: 6 },
    { field: 'orgName', weight: 4 },
    { field: 'domainText', weight: 3 },
    { field: 'skills', weight: 2 },
    { field: 'description', weight: 1 },
  ],
  filterable: [
    'domains',
    'districtCode',
    'streetCode',
    'employmentType',
    'talentCategory',
    'orgType',
    'orgCreditCode',
    'minCertRank',
    'minEduRank',
    'socialWorkMajorRequired',
    'salaryMin',
    'salaryMax',
    'publishedAt',
    'deadlineAt',
  ],
  sortable: ['publishedAt', 'salaryMax'],
  facets: ['domains', 'districtCode', 'streetCode', 'employmentType', 'talentCategory', 'orgType'],
  synonyms: searchSynonyms,
  stored: [
    'title',
    'orgId',
    'orgCreditCode',
    'orgName',
    'orgType',
    'orgVerified',
    'agencyQualified',
    'primaryDomain',
    'secondaryDomain',
    'districtCode',
    'streetCode',
    'employmentType',
    'talentCategory',
    'salaryMin',
    'salaryMax',
    'minCertificate',
    'minEducation',
    'socialWorkMajorRequired',
    'minYearsInDomain',
    'skills',
    'headcount',
    'publishedAt',
    'deadline',
    'belowGuidance',
  ],
};

/** Only open positions are in the index; everything else is removed from it. */
export function positionDocument(p: PositionDoc, org: OrganisationDoc, belowGuidance: boolean): SearchDocument {
  const domains = [p.primaryDomain, ...(p.secondaryDomain ? [p.secondaryDomain] : [])];
  return {
    id: String(p._id),
    title: p.title,
    description: p.description,
    orgName: org.name,
    domainText: labelsOf(domains),
    skills: p.skills,
    domains,
    primaryDomain: p.primaryDomain,
    secondaryDomain: p.secondaryDomain,
    districtCode: p.districtCode,
    streetCode: p.streetCode,
    employmentType: p.employmentType,
    talentCategory: p.talentCategory,
    orgId: String(org._id),
    orgType: org.type,
    orgCreditCode: org.creditCode,
    orgVerified: org.status === 'verified',
    agencyQualified: org.agencyQualified,
    minCertificate: p.minCertificate,
    minCertRank: certificateRank(p.minCertificate as never),
    minEducation: p.minEducation,
    minEduRank: educationRank(p.minEducation as EducationLevelCode | 'none'),
    socialWorkMajorRequired: p.socialWorkMajorRequired,
    minYearsInDomain: p.minYearsInDomain,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    headcount: p.headcount,
    publishedAt: (p.publishedAt ?? p.createdAt).getTime(),
    deadline: p.deadline,
    deadlineAt: p.deadlineAt?.getTime() ?? Number.MAX_SAFE_INTEGER,
    belowGuidance,
  };
}

export const talentIndex: IndexDefinition = {
  name: TALENT_INDEX,
  searchable: [
    { field: 'skills', weight: 5 },
    { field: 'domainText', weight: 4 },
    { field: 'roles', weight: 3 },
    { field: 'education', weight: 2 },
    { field: 'languages', weight: 1 },
  ],
  filterable: [
    'domains',
    'districtCode',
    'streetCode',
    'employmentTypes',
    'talentCategory',
    'highestCertificate',
    'educationLevel',
    'certRank',
    'eduRank',
    'hasSocialWorkDegree',
    'wishSalary',
    'openToWork',
    'visibility',
    'hideFrom',
    'isTalent',
    'updatedAt',
  ],
  sortable: ['updatedAt', 'wishSalary', 'totalExperienceYears'],
  facets: [
    'domains',
    'districtCode',
    'streetCode',
    'employmentTypes',
    'talentCategory',
    'highestCertificate',
    'educationLevel',
  ],
  synonyms: searchSynonyms,
  stored: [
    'maskedName',
    'districtCode',
    'streetCode',
    'highestCertificate',
    'isCertified',
    'isTalent',
    'educationLevel',
    'talentCategory',
    'serviceDomains',
    'skills',
    'totalExperienceYears',
    'experience',
    'openToWork',
    'wishSalaryMin',
    'wishDistricts',
    'employmentTypes',
    'ceStatus',
    'ceHoursShort',
    'hasSocialWorkDegree',
    'visibility',
    'hideFrom',
  ],
};

/** Experience per domain travels as `domain=years` strings: search documents hold flat values only. */
export const encodeExperience = (years: Record<string, number>) => Object.entries(years).map(([d, y]) => `${d}=${y}`);
export function decodeExperience(values: readonly string[]): Record<string, number> {
  return Object.fromEntries(values.map((v) => v.split('=')).map(([d, y]) => [d ?? '', Number(y)]));
}

function highestEducation(p: ProfileDoc): string | null {
  let best: string | null = null;
  for (const e of p.education) {
    if (e.inProgress) continue;
    if (!best || educationRank(e.level as EducationLevelCode) > educationRank(best as EducationLevelCode))
      best = e.level;
  }
  return best;
}

/** The masked, searchable face of a talent record. */
export function talentDocument(p: ProfileDoc): SearchDocument {
  const c = p.computed;
  const experience = c?.experienceYears ?? {};
  const domains = [...new Set([...p.serviceDomains, ...Object.keys(experience)])];
  const education = highestEducation(p);
  return {
    id: String(p._id),
    maskedName: maskName(p.personal.name || '—'),
    skills: p.skills,
    domainText: labelsOf(domains),
    roles: p.serviceHistory.map((s) => `${s.role} ${s.organisationName}`),
    education: p.education.map((e) => `${e.school} ${e.major}`),
    languages: p.languages,
    domains,
    serviceDomains: p.serviceDomains,
    districtCode: p.personal.districtCode,
    streetCode: p.personal.streetCode,
    employmentTypes: p.wishes.employmentTypes,
    talentCategory: p.talentCategory,
    highestCertificate: c?.highestCertificate ?? 'none',
    certRank: certificateRank(c?.highestCertificate ?? 'none'),
    educationLevel: education,
    eduRank: educationRank(education as EducationLevelCode | null),
    hasSocialWorkDegree: p.education.some(
      (e) => !e.inProgress && e.field === 'social_work' && educationRank(e.level as EducationLevelCode) >= 2,
    ),
    wishSalary: p.wishes.salaryMin ?? 0,
    wishSalaryMin: p.wishes.salaryMin,
    wishDistricts: p.wishes.districtCodes,
    openToWork: p.openToWork,
    visibility: p.visibility,
    hideFrom: p.hideFrom,
    isTalent: c?.isTalent ?? false,
    isCertified: c?.isCertified ?? false,
    totalExperienceYears: c?.totalExperienceYears ?? 0,
    experience: encodeExperience(experience),
    ceStatus: c?.ce.status ?? 'no_certificate',
    ceHoursShort: c?.ce.hoursShort ?? 0,
    updatedAt: p.updatedAt.getTime(),
  };
}

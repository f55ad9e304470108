import { certificateRank, type EducationLevelCode, educationRank, maskName, serviceDomains } from '@shsw/shared';
import { type IndexDefinition, pinyinForms, type SearchDocument, toSimplified } from '../../platform/search/index.js';
import type { OrganisationDoc } from '../organisations/index.js';
import type { PositionDoc } from '../positions/index.js';
import type { ProfileDoc } from '../profiles/index.js';

export const POSITIONS_INDEX = 'positions';
export const TALENT_INDEX = 'talent';

/** Words used for one another in the sector: each searches for all the others. */
const synonymFamilies: readonly (readonly string[])[] = [
  ['残疾', '残障'],
  ['残疾人', '残障人士'],
  ['长者', '老年人', '老年', '养老', '为老'],
  ['青少年', '青年'],
  ['矫正', '矫治'],
  ['社区矫正', '社区矫治'],
  ['儿童', '少儿'],
  ['志愿者', '义工'],
  ['妇女', '女性'],
  ['精神卫生', '心理健康'],
  ['医务社工', '医院社工'],
  ['助理社工师', '助理社会工作师'],
  ['社工师', '社会工作师'],
  ['高级社工师', '高级社会工作师'],
];

/**
 * Chinese typo tolerance barely applies, so the words people use interchangeably are declared:
 * families both ways, plus one-way expansions (社工 finds 社会工作者, not the reverse… and 禁毒 finds
 * 戒毒). The one table both engines use; every key and value in simplified Chinese (queries are).
 */
export const searchSynonyms: Record<string, string[]> = (() => {
  const table: Record<string, string[]> = {
    社工: ['社会工作者', '社会工作'],
    社会工作者: ['社工'],
    禁毒: ['戒毒'],
    督导: ['supervisor'],
  };
  for (const family of synonymFamilies) {
    for (const word of family) {
      const others = family.filter((w) => w !== word);
      table[word] = [...new Set([...(table[word] ?? []), ...others])];
    }
  }
  return table;
})();

const domainLabel = new Map(serviceDomains.map((d) => [d.code, `${d.label.zh} ${d.label.en}`]));
/** A service domain's Chinese label by code ('' for an unknown code). */
export const domainZh = new Map<string, string>(serviceDomains.map((d) => [d.code, d.label.zh]));
const labelsOf = (codes: readonly string[]) => codes.map((c) => domainLabel.get(c as never) ?? c);
/** Pinyin of each element, aligned with it, so a match in element i explains element i. */
const pinyinOf = (texts: readonly string[]) => texts.map(pinyinForms);
const domainPinyin = (codes: readonly string[]) => pinyinOf(codes.map((c) => domainZh.get(c) ?? ''));

/**
 * Pinyin twins of Chinese fields: `ertong` finds 儿童 through them. Searched after every Chinese
 * field, so a match in characters ranks first; element i of a twin is the pinyin of element i.
 */
export const pinyinTwins = {
  positions: { titlePinyin: 'title', domainPinyin: 'domainText', skillsPinyin: 'skills' },
  talent: { skillsPinyin: 'skills', domainPinyin: 'domainText', rolesPinyin: 'roles' },
} as const;

export const positionsIndex: IndexDefinition = {
  name: POSITIONS_INDEX,
  searchable: [
    { field: 'title', weight: 6 },
    { field: 'orgName', weight: 4 },
    { field: 'domainText', weight: 3 },
    { field: 'skills', weight: 2 },
    { field: 'description', weight: 1 },
    { field: 'titlePinyin', weight: 0.9 },
    { field: 'domainPinyin', weight: 0.8 },
    { field: 'skillsPinyin', weight: 0.7 },
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

/**
 * Only open positions are in the index; everything else is removed from it. Text is indexed in
 * simplified characters (queries are read that way; Meilisearch does not convert documents), so a
 * position written in traditional characters shows simplified on result cards, as typed on its page.
 */
export function positionDocument(p: PositionDoc, org: OrganisationDoc, belowGuidance: boolean): SearchDocument {
  const domains = [p.primaryDomain, ...(p.secondaryDomain ? [p.secondaryDomain] : [])];
  return {
    id: String(p._id),
    title: toSimplified(p.title),
    description: toSimplified(p.description),
    orgName: toSimplified(org.name),
    domainText: labelsOf(domains),
    skills: p.skills.map(toSimplified),
    titlePinyin: pinyinForms(toSimplified(p.title)),
    domainPinyin: domainPinyin(domains),
    skillsPinyin: pinyinOf(p.skills.map(toSimplified)),
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
    { field: 'skillsPinyin', weight: 0.9 },
    { field: 'domainPinyin', weight: 0.8 },
    { field: 'rolesPinyin', weight: 0.7 },
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
    'domains',
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
  const roles = p.serviceHistory.map((s) => toSimplified(`${s.role} ${s.organisationName}`));
  return {
    id: String(p._id),
    maskedName: maskName(p.personal.name || '—'),
    skills: p.skills.map(toSimplified),
    domainText: labelsOf(domains),
    roles,
    skillsPinyin: pinyinOf(p.skills.map(toSimplified)),
    domainPinyin: domainPinyin(domains),
    // The role only: organisation names would add a term per organisation for little use.
    rolesPinyin: pinyinOf(p.serviceHistory.map((s) => toSimplified(s.role))),
    education: p.education.map((e) => toSimplified(`${e.school} ${e.major}`)),
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

import type { PositionHit, TalentHit } from '@shsw/shared';
import type { FieldValue } from '../../platform/search/index.js';
import type { ExplainSpec } from './query-understanding.js';
import { domainZh, pinyinTwins } from './search-indexes.js';

/** What a search asks back with each hit, and how a hit becomes the API's card. */
export const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);
const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : 0);
const strs = (v: FieldValue | undefined) => (Array.isArray(v) ? [...v] : []);

export const positionRetrieve = [
  'title',
  'orgId',
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
  'headcount',
  'publishedAt',
  'deadline',
  'belowGuidance',
  'skills',
];

const element = (v: FieldValue | undefined, i: number) => (Array.isArray(v) ? (v[i] ?? '') : (str(v) ?? ''));

export const positionExplain: ExplainSpec = {
  kinds: { title: 'title', orgName: 'org', domainText: 'domain', skills: 'skill', description: 'description' },
  twins: pinyinTwins.positions,
  value: (field, i, d) => {
    if (field === 'domainText') return (i === 0 ? str(d.primaryDomain) : str(d.secondaryDomain)) ?? '';
    if (field === 'description') return '';
    if (field === 'orgName') return str(d.orgName) ?? '';
    if (field === 'title') return str(d.title) ?? '';
    return element(d[field], i);
  },
  text: (field, i, d) =>
    field === 'domainText'
      ? (domainZh.get((i === 0 ? str(d.primaryDomain) : str(d.secondaryDomain)) ?? '') ?? '')
      : field === 'description'
        ? ''
        : element(d[field], i),
};

export const talentExplain: ExplainSpec = {
  kinds: { skills: 'skill', domainText: 'domain', roles: 'role', education: 'education', languages: 'language' },
  twins: pinyinTwins.talent,
  value: (field, i, d) =>
    field === 'skills' ? element(d.skills, i) : field === 'domainText' ? element(d.domains, i) : '',
  text: (field, i, d) =>
    field === 'skills'
      ? element(d.skills, i)
      : field === 'domainText'
        ? (domainZh.get(element(d.domains, i)) ?? '')
        : '',
};

export const explainFields = (spec: ExplainSpec) => [...Object.keys(spec.kinds), ...Object.keys(spec.twins)];

export function toPositionHit(
  id: string,
  d: Record<string, FieldValue>,
  highlights: Record<string, string>,
  matches: PositionHit['matches'] = [],
): PositionHit {
  return {
    id,
    title: str(d.title) ?? '',
    orgId: str(d.orgId) ?? '',
    orgName: str(d.orgName) ?? '',
    orgType: str(d.orgType) as PositionHit['orgType'],
    orgVerified: d.orgVerified === true,
    agencyQualified: d.agencyQualified === true,
    primaryDomain: str(d.primaryDomain) as PositionHit['primaryDomain'],
    secondaryDomain: str(d.secondaryDomain) as PositionHit['secondaryDomain'],
    districtCode: str(d.districtCode) ?? '',
    streetCode: str(d.streetCode) ?? '',
    employmentType: str(d.employmentType) as PositionHit['employmentType'],
    talentCategory: str(d.talentCategory) as PositionHit['talentCategory'],
    salaryMin: num(d.salaryMin),
    salaryMax: num(d.salaryMax),
    minCertificate: (str(d.minCertificate) ?? 'none') as PositionHit['minCertificate'],
    headcount: num(d.headcount),
    publishedAt: new Date(num(d.publishedAt)).toISOString(),
    deadline: str(d.deadline),
    belowGuidance: d.belowGuidance === true,
    highlights: {
      ...(highlights.title ? { title: highlights.title } : {}),
      ...(highlights.description ? { description: highlights.description } : {}),
    },
    matches,
    // Set per viewer after the (shared, cacheable) search: ViewerMarksReader.
    viewer: null,
  };
}

export const talentRetrieve = [
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
  'openToWork',
  'wishSalaryMin',
  'ceStatus',
  'domains',
];

export function toTalentHit(
  id: string,
  d: Record<string, FieldValue>,
  highlights: Record<string, string>,
  matches: TalentHit['matches'] = [],
): TalentHit {
  const certificate = str(d.highestCertificate);
  return {
    id,
    maskedName: str(d.maskedName) ?? '',
    districtCode: str(d.districtCode),
    streetCode: str(d.streetCode),
    highestCertificate: certificate === 'none' ? null : certificate,
    isCertified: d.isCertified === true,
    isTalent: d.isTalent === true,
    educationLevel: str(d.educationLevel),
    talentCategory: str(d.talentCategory),
    serviceDomains: strs(d.serviceDomains),
    skills: strs(d.skills),
    totalExperienceYears: num(d.totalExperienceYears),
    openToWork: d.openToWork === true,
    wishSalaryMin: typeof d.wishSalaryMin === 'number' ? d.wishSalaryMin : null,
    ceStatus: str(d.ceStatus) ?? 'no_certificate',
    highlights: {
      ...(highlights.skills ? { skills: highlights.skills } : {}),
      ...(highlights.roles ? { roles: highlights.roles } : {}),
    },
    matches,
  };
}

import {
  certificateRank,
  type EducationLevelCode,
  educationRank,
  type PositionHit,
  type positionSearchQuerySchema,
  streets,
  type TalentHit,
  type talentSearchQuerySchema,
} from '@shsw/shared';
import type { z } from 'zod';
import { AppError } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import {
  type FacetCounts,
  type FieldValue,
  type Filter,
  type SearchEngine,
  SearchUnavailableError,
} from '../../platform/search/index.js';
import { type OrganisationDoc, organisationById } from '../organisations/index.js';
import { POSITIONS_INDEX, TALENT_INDEX } from './search-indexes.js';
import type { SearchSync } from './search-sync.js';

type PositionQuery = z.output<typeof positionSearchQuerySchema>;
type TalentQuery = z.output<typeof talentSearchQuerySchema>;

const DAY = 86_400_000;
const positionFacets = {
  domain: 'domains',
  district: 'districtCode',
  street: 'streetCode',
  employmentType: 'employmentType',
  talentCategory: 'talentCategory',
  orgType: 'orgType',
} as const;
const talentFacets = {
  domain: 'domains',
  district: 'districtCode',
  street: 'streetCode',
  employmentType: 'employmentTypes',
  talentCategory: 'talentCategory',
  certLevel: 'highestCertificate',
  education: 'educationLevel',
} as const;

/** Index fields → the API's facet names. */
function renameFacets(facets: FacetCounts, names: Record<string, string>): FacetCounts {
  const out: FacetCounts = {};
  for (const [api, field] of Object.entries(names)) out[api] = facets[field] ?? {};
  return out;
}

const inFilter = (field: string, values: readonly string[]): Filter[] =>
  values.length > 0 ? [{ field, op: 'in', values }] : [];

const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);
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
];

export function toPositionHit(
  id: string,
  d: Record<string, FieldValue>,
  highlights: Record<string, string>,
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
];

export function toTalentHit(id: string, d: Record<string, FieldValue>, highlights: Record<string, string>): TalentHit {
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
  };
}

/** The organisation a viewer searches talent for, checked: verified organisations and the bureau only. */
export async function talentViewerOrg(viewer: Viewer): Promise<OrganisationDoc | null> {
  if (viewer.role === 'bureau' || viewer.role === 'admin') return null;
  const org = viewer.orgId ? await organisationById(viewer.orgId) : null;
  if (org?.status !== 'verified') throw new AppError('not_verified', 'talent search is for verified organisations');
  return org;
}

/** Who may see which records: never hidden ones; never by an organisation on the holder's hide-from list. */
export function talentVisibilityFilters(org: OrganisationDoc | null): Filter[] {
  return [
    { field: 'visibility', op: 'not_in', values: ['hidden'] },
    ...(org ? [{ field: 'hideFrom', op: 'not_in' as const, values: [org.creditCode] }] : []),
  ];
}

export class SearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly sync: SearchSync,
  ) {}

  /** Throws 503 search_unavailable while the index is being built. */
  ready(): void {
    if (!this.sync.ready) throw new SearchUnavailableError('search is starting up; try again in a moment');
  }

  async positions(q: PositionQuery, now = new Date()) {
    this.ready();
    const filters: Filter[] = [
      ...inFilter('domains', q.domain),
      ...inFilter('districtCode', q.district),
      ...inFilter('streetCode', q.street),
      ...inFilter('employmentType', q.employmentType),
      ...inFilter('talentCategory', q.talentCategory),
      ...inFilter('orgType', q.orgType),
      // Only positions still taking applications, even between two runs of the expiry job.
      { field: 'deadlineAt', op: 'range', min: now.getTime() },
    ];
    if (q.certLevelMin) filters.push({ field: 'minCertRank', op: 'range', min: certificateRank(q.certLevelMin) });
    if (q.educationMin) {
      filters.push({
        field: 'minEduRank',
        op: 'range',
        min: educationRank(q.educationMin as EducationLevelCode | 'none'),
      });
    }
    // Range overlap: the position pays at least the asked minimum somewhere and starts below the asked maximum.
    if (q.salaryMin !== undefined) filters.push({ field: 'salaryMax', op: 'range', min: q.salaryMin });
    if (q.salaryMax !== undefined) filters.push({ field: 'salaryMin', op: 'range', max: q.salaryMax });
    if (q.postedWithinDays)
      filters.push({ field: 'publishedAt', op: 'range', min: now.getTime() - q.postedWithinDays * DAY });
    const sort =
      q.sort === 'newest'
        ? [{ field: 'publishedAt', direction: 'desc' as const }]
        : q.sort === 'salary'
          ? [{ field: 'salaryMax', direction: 'desc' as const }]
          : [];
    const result = await this.engine.search(POSITIONS_INDEX, {
      q: q.q,
      filters,
      facets: Object.values(positionFacets),
      sort,
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
      highlight: ['title', 'description'],
      retrieve: positionRetrieve,
    });
    return {
      hits: result.hits.map((h) => toPositionHit(h.id, h.document, h.highlights)),
      total: result.total,
      page: q.page,
      pageSize: q.pageSize,
      facets: renameFacets(result.facets, positionFacets),
      tookMs: result.tookMs,
    };
  }

  /**
   * The searchable street facet: streets/towns whose Chinese or English name contains `query`
   * (徐家汇, xujiahui) or whose code starts with it, counted over open positions. The index holds
   * codes, so names are resolved from the divisions table and the street facet is counted once.
   */
  async positionStreets(query: string, districts: readonly string[], now = new Date()) {
    this.ready();
    const needle = query.trim().toLowerCase();
    const compact = needle.replace(/\s+/g, '');
    const wanted = needle
      ? new Set(
          streets
            .filter(
              (s) =>
                s.code.startsWith(needle) ||
                s.label.zh.includes(needle) ||
                s.label.en.toLowerCase().replace(/\s+/g, '').includes(compact),
            )
            .map((s) => s.code),
        )
      : null;
    if (wanted?.size === 0) return { items: [] };
    const result = await this.engine.search(POSITIONS_INDEX, {
      filters: [...inFilter('districtCode', districts), { field: 'deadlineAt', op: 'range', min: now.getTime() }],
      facets: ['streetCode'],
      offset: 0,
      limit: 0,
    });
    // One facet count over every street, kept to the ones whose names matched.
    const items = Object.entries(result.facets.streetCode ?? {})
      .filter(([value, count]) => count > 0 && (!wanted || wanted.has(value)))
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return { items };
  }

  async talent(viewer: Viewer, q: TalentQuery) {
    this.ready();
    const org = await talentViewerOrg(viewer);
    const filters: Filter[] = [
      ...talentVisibilityFilters(org),
      ...inFilter('domains', q.domain),
      ...inFilter('districtCode', q.district),
      ...inFilter('streetCode', q.street),
      ...inFilter('employmentTypes', q.employmentType),
      ...inFilter('talentCategory', q.talentCategory),
    ];
    if (q.certLevelMin) filters.push({ field: 'certRank', op: 'range', min: certificateRank(q.certLevelMin) });
    if (q.educationMin) {
      filters.push({
        field: 'eduRank',
        op: 'range',
        min: educationRank(q.educationMin as EducationLevelCode | 'none'),
      });
    }
    if (q.salaryMin !== undefined || q.salaryMax !== undefined) {
      filters.push({
        field: 'wishSalary',
        op: 'range',
        min: q.salaryMin ?? 0,
        ...(q.salaryMax !== undefined ? { max: q.salaryMax } : {}),
      });
    }
    if (q.openToWork) filters.push({ field: 'openToWork', op: 'in', values: [q.openToWork === 'true'] });
    const sort =
      q.sort === 'newest'
        ? [{ field: 'updatedAt', direction: 'desc' as const }]
        : q.sort === 'salary'
          ? [{ field: 'wishSalary', direction: 'asc' as const }]
          : [];
    const result = await this.engine.search(TALENT_INDEX, {
      q: q.q,
      filters,
      facets: Object.values(talentFacets),
      sort,
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
      highlight: ['skills', 'roles'],
      retrieve: talentRetrieve,
    });
    return {
      hits: result.hits.map((h) => toTalentHit(h.id, h.document, h.highlights)),
      total: result.total,
      page: q.page,
      pageSize: q.pageSize,
      facets: renameFacets(result.facets, talentFacets),
      tookMs: result.tookMs,
    };
  }
}

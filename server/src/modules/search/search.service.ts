import {
  certificateRank,
  type EducationLevelCode,
  educationRank,
  type PositionHit,
  type positionSearchQuerySchema,
  serviceDomains,
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
  normalizeQuery,
  type SearchEngine,
  type SearchHit,
  type SearchRequest,
  type SearchResult,
  SearchUnavailableError,
} from '../../platform/search/index.js';
import { type OrganisationDoc, organisationById } from '../organisations/index.js';
import {
  type ExplainSpec,
  explainMatches,
  inPlace,
  outsidePlace,
  placeBoost,
  type UnderstoodQuery,
  understandQuery,
} from './query-understanding.js';
import { POSITIONS_INDEX, pinyinTwins, TALENT_INDEX } from './search-indexes.js';
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
  'skills',
];

const domainZh = new Map(serviceDomains.map((d) => [d.code as string, d.label.zh]));
const element = (v: FieldValue | undefined, i: number) => (Array.isArray(v) ? (v[i] ?? '') : (str(v) ?? ''));

const positionExplain: ExplainSpec = {
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

const talentExplain: ExplainSpec = {
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

const explainFields = (spec: ExplainSpec) => [...Object.keys(spec.kinds), ...Object.keys(spec.twins)];

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

  async positions(q: PositionQuery, at = new Date()) {
    this.ready();
    // To the minute, so the same search within a minute is the same request (the in-process engine
    // keeps answers by request): a deadline may show for up to a minute after it passed.
    const now = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
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
    const understood = understandQuery(q.q, q.places);
    const { result, placeOf, ignored } = await this.understoodSearch(
      POSITIONS_INDEX,
      {
        q: understood.text,
        filters,
        facets: Object.values(positionFacets),
        sort,
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
        highlight: ['title', 'description'],
        retrieve: positionRetrieve,
      },
      understood,
      positionExplain,
    );
    return {
      hits: result.hits.map((h) =>
        toPositionHit(
          h.id,
          h.document,
          h.highlights,
          explainMatches(positionExplain, understood, h.matched, h.document, placeOf(h)),
        ),
      ),
      total: result.total,
      page: q.page,
      pageSize: q.pageSize,
      facets: renameFacets(result.facets, positionFacets),
      tookMs: result.tookMs,
      understood: { text: understood.text, places: understood.places, ignored },
    };
  }

  /**
   * One search as the platform reads a query: several words find partial matches too (ranked
   * after full ones), hits say why they matched, and places named in the query rank first: the
   * hits there, then the rest, each in the requested order — one list, paged across both, with
   * totals and facets of the whole (the place is never a filter). When nothing matches, words that
   * match nothing on their own are left out (`ignored`) and the rest searched.
   */
  private async understoodSearch(
    index: string,
    base: SearchRequest,
    understood: UnderstoodQuery,
    spec: ExplainSpec,
  ): Promise<{ result: SearchResult; placeOf: (hit: SearchHit) => string | null; ignored: string[] }> {
    const req: SearchRequest = { ...base, matching: 'last', explain: understood.text ? explainFields(spec) : [] };
    const first = await this.placeRanked(index, req, understood);
    const words = understood.text.split(' ');
    if (first.result.total > 0 || words.length < 2) return { ...first, ignored: [] };
    // Nothing: `last` keeps the first word, so a first word that matches nothing (a typo, a place
    // searched as text) empties the list. Words matching nothing alone are left out, and said so.
    const alone = await Promise.all(
      words.map((w) => this.engine.search(index, { ...req, q: w, facets: [], offset: 0, limit: 0, explain: [] })),
    );
    const kept = words.filter((_, i) => (alone[i]?.total ?? 0) > 0);
    if (kept.length === 0 || kept.length === words.length) return { ...first, ignored: [] };
    const retry = await this.placeRanked(index, { ...req, q: kept.join(' ') }, understood);
    return { ...retry, ignored: words.filter((w) => !kept.includes(w)) };
  }

  /** The place-ranked list (or the plain one without places) for one request. */
  private async placeRanked(
    index: string,
    req: SearchRequest,
    understood: UnderstoodQuery,
  ): Promise<{ result: SearchResult; placeOf: (hit: SearchHit) => string | null }> {
    const boost = placeBoost(understood.places, { district: 'districtCode', street: 'streetCode' });
    if (!boost) return { result: await this.engine.search(index, req), placeOf: () => null };
    const retrieve = [...new Set([...(req.retrieve ?? []), boost.field])];
    const [whole, first] = await Promise.all([
      this.engine.search(index, { ...req, offset: 0, limit: 0, explain: [] }),
      this.engine.search(index, { ...req, retrieve, filters: [...req.filters, inPlace(boost)], facets: [] }),
    ]);
    const end = req.offset + req.limit;
    let hits = first.hits;
    if (end > first.total) {
      const from = Math.max(req.offset, first.total) - first.total;
      const rest = await this.engine.search(index, {
        ...req,
        filters: [...req.filters, outsidePlace(boost)],
        facets: [],
        offset: from,
        limit: end - Math.max(req.offset, first.total),
      });
      hits = [...hits, ...rest.hits];
    }
    const places = new Set(boost.values);
    const placeOf = (hit: SearchHit) => {
      const code = str(hit.document[boost.field]);
      return code && places.has(code) ? code : null;
    };
    return {
      result: { hits, total: whole.total, facets: whole.facets, tookMs: whole.tookMs + first.tookMs },
      placeOf,
    };
  }

  /**
   * The searchable street facet: every street/town whose Chinese or English (pinyin) name contains
   * `query` (徐家汇, 徐家匯, xujiahui) or whose code starts with it, within the chosen districts, with
   * its count of open positions — 0 included, so a real street with none says so rather than
   * "not found". Without text or districts, only streets with positions (the facet's own list).
   */
  async positionStreets(query: string, districts: readonly string[], now = new Date()) {
    this.ready();
    const needle = normalizeQuery(query);
    const compact = needle.replace(/[^\p{L}\p{N}]/gu, '');
    const inDistricts = (code: string) => districts.length === 0 || districts.some((d) => code.startsWith(d));
    const wanted =
      needle || districts.length > 0
        ? streets.filter(
            (s) =>
              inDistricts(s.code) &&
              (!needle ||
                s.code.startsWith(compact) ||
                s.label.zh.includes(needle) ||
                s.label.en
                  .toLowerCase()
                  .replace(/[^a-z]/g, '')
                  .includes(compact)),
          )
        : null;
    if (wanted?.length === 0) return { items: [] };
    const result = await this.engine.search(POSITIONS_INDEX, {
      filters: [...inFilter('districtCode', districts), { field: 'deadlineAt', op: 'range', min: now.getTime() }],
      facets: ['streetCode'],
      offset: 0,
      limit: 0,
    });
    const counts = result.facets.streetCode ?? {};
    const items = (
      wanted
        ? wanted.map((s) => ({ value: s.code, count: counts[s.code] ?? 0 }))
        : Object.entries(counts)
            .filter(([, count]) => count > 0)
            .map(([value, count]) => ({ value, count }))
    ).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
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
    const understood = understandQuery(q.q, q.places);
    const { result, placeOf, ignored } = await this.understoodSearch(
      TALENT_INDEX,
      {
        q: understood.text,
        filters,
        facets: Object.values(talentFacets),
        sort,
        offset: (q.page - 1) * q.pageSize,
        limit: q.pageSize,
        highlight: ['skills', 'roles'],
        retrieve: talentRetrieve,
      },
      understood,
      talentExplain,
    );
    return {
      hits: result.hits.map((h) =>
        toTalentHit(
          h.id,
          h.document,
          h.highlights,
          explainMatches(talentExplain, understood, h.matched, h.document, placeOf(h)),
        ),
      ),
      total: result.total,
      page: q.page,
      pageSize: q.pageSize,
      facets: renameFacets(result.facets, talentFacets),
      tookMs: result.tookMs,
      understood: { text: understood.text, places: understood.places, ignored },
    };
  }
}

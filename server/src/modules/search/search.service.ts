import {
  certificateRank,
  type EducationLevelCode,
  educationRank,
  type positionSearchQuerySchema,
  streets,
  type talentSearchQuerySchema,
} from '@shsw/shared';
import type { z } from 'zod';
import { AppError } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import {
  type FacetCounts,
  type Filter,
  normalizeQuery,
  type SearchEngine,
  SearchUnavailableError,
} from '../../platform/search/index.js';
import { type OrganisationDoc, organisationById } from '../organisations/index.js';
import { explainMatches, understandQuery } from './query-understanding.js';
import {
  positionExplain,
  positionRetrieve,
  talentExplain,
  talentRetrieve,
  toPositionHit,
  toTalentHit,
} from './search-hits.js';
import { POSITIONS_INDEX, TALENT_INDEX } from './search-indexes.js';
import type { SearchSync } from './search-sync.js';
import { understoodSearch } from './understood-search.js';

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
    const { result, placeOf, ignored } = await understoodSearch(
      this.engine,
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
    const { result, placeOf, ignored } = await understoodSearch(
      this.engine,
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

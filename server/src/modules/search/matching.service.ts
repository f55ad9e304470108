import {
  type CertificateLevelCode,
  type CertificateRequirement,
  certificateRank,
  type EducationLevelCode,
  educationRank,
  type MatchCandidate,
  type MatchPosition,
  type MatchResult,
  matchCandidate,
  type PositionHit,
  rankMatches,
} from '@shsw/shared';
import { AppError } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { FieldValue, Filter, SearchEngine } from '../../platform/search/index.js';
import type { PositionDoc, PositionsService } from '../positions/index.js';
import type { ProfileDoc, ProfilesService } from '../profiles/index.js';
import { type SearchService, talentViewerOrg, talentVisibilityFilters } from './search.service.js';
import { positionRetrieve, talentRetrieve, toPositionHit, toTalentHit } from './search-hits.js';
import { decodeExperience, POSITIONS_INDEX, TALENT_INDEX, talentDocument } from './search-indexes.js';
import type { ViewerMarksReader } from './viewer-marks.js';

/** How many candidates the engine hands over for re-ranking by the rule module. */
const POOL = 300;

type Doc = Record<string, FieldValue>;
const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);
const strs = (v: FieldValue | undefined) => (Array.isArray(v) ? [...v] : []);
const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : 0);

/** The rule module's view of a talent document. */
export function candidateOf(d: Doc): MatchCandidate {
  const certificate = str(d.highestCertificate);
  return {
    highestCertificate: certificate && certificate !== 'none' ? (certificate as CertificateLevelCode) : null,
    educationLevel: str(d.educationLevel) as EducationLevelCode | null,
    hasSocialWorkDegree: d.hasSocialWorkDegree === true,
    experienceYears: decodeExperience(strs(d.experience)),
    talentCategory: str(d.talentCategory),
    districtCode: str(d.districtCode),
    streetCode: str(d.streetCode),
    wishes: {
      salaryMin: typeof d.wishSalaryMin === 'number' ? d.wishSalaryMin : null,
      districtCodes: strs(d.wishDistricts),
      employmentTypes: strs(d.employmentTypes),
      serviceDomains: strs(d.serviceDomains),
    },
    ceStatus: (str(d.ceStatus) ?? 'no_certificate') as MatchCandidate['ceStatus'],
    ceHoursShort: num(d.ceHoursShort),
    skills: strs(d.skills),
    openToWork: d.openToWork === true,
    visibility: (str(d.visibility) ?? 'verified_orgs') as MatchCandidate['visibility'],
    hideFrom: strs(d.hideFrom),
  };
}

/** The rule module's view of a position document. */
function positionOf(d: Doc): MatchPosition {
  return {
    minCertificate: (str(d.minCertificate) ?? 'none') as CertificateRequirement,
    minEducation: (str(d.minEducation) ?? 'none') as EducationLevelCode | 'none',
    socialWorkMajorRequired: d.socialWorkMajorRequired === true,
    primaryDomain: str(d.primaryDomain) ?? '',
    secondaryDomain: str(d.secondaryDomain),
    minYearsInDomain: num(d.minYearsInDomain),
    talentCategory: str(d.talentCategory) ?? '',
    districtCode: str(d.districtCode) ?? '',
    streetCode: str(d.streetCode) ?? '',
    salaryMin: num(d.salaryMin),
    salaryMax: num(d.salaryMax),
    skills: strs(d.skills),
    employmentType: str(d.employmentType) ?? '',
  };
}

const matchFields = [
  'experience',
  'wishDistricts',
  'employmentTypes',
  'ceHoursShort',
  'hasSocialWorkDegree',
  'visibility',
  'hideFrom',
];
const positionMatchFields = ['orgCreditCode', 'minEducation', 'socialWorkMajorRequired', 'minYearsInDomain', 'skills'];

/** Organisations never learn that they are on a worker's list: those reasons stay private. */
const shareable = (r: MatchResult) => r.reasons.filter((reason) => !reason.private);

/**
 * Candidates come from the engine with the hard requirements pushed down as filters, then the
 * rule module scores and explains each; the best are returned with their reasons.
 */
export class MatchingService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly search: SearchService,
    private readonly positions: PositionsService,
    private readonly profiles: ProfilesService,
    private readonly viewerMarks: ViewerMarksReader,
  ) {}

  async forPosition(viewer: Viewer, positionId: string, limit: number) {
    this.search.ready();
    const position = await this.positions.loadForMember(viewer, positionId);
    const org = await talentViewerOrg(viewer);
    if (!org) throw new AppError('forbidden', 'matches are for the posting organisation');
    const hard: Filter[] = [
      ...talentVisibilityFilters(org),
      { field: 'certRank', op: 'range', min: certificateRank(position.minCertificate as CertificateRequirement) },
      { field: 'eduRank', op: 'range', min: educationRank(position.minEducation as EducationLevelCode | 'none') },
      ...(position.socialWorkMajorRequired
        ? [{ field: 'hasSocialWorkDegree', op: 'in' as const, values: [true] }]
        : []),
    ];
    const domains = [position.primaryDomain, ...(position.secondaryDomain ? [position.secondaryDomain] : [])];
    const pool = await this.talentPool([...hard, { field: 'domains', op: 'in', values: domains }], hard);
    const target = positionOf({ ...position, secondaryDomain: position.secondaryDomain } as unknown as Doc);
    const context = { orgCreditCode: org.creditCode, orgVerified: true };
    const ranked = rankMatches(
      pool.map((hit) => ({ ...matchCandidate(target, candidateOf(hit.document), context), hit })),
    ).filter((m) => m.eligible);
    return {
      items: ranked.slice(0, limit).map((m) => ({
        score: m.score,
        reasons: shareable(m),
        talent: toTalentHit(m.hit.id, m.hit.document, {}),
      })),
    };
  }

  /** How one position fits one worker's record, every reason included (the worker's own view). */
  explain(profile: ProfileDoc, position: PositionDoc, org: { creditCode: string; status: string }) {
    const result = matchCandidate(positionOf(position as unknown as Doc), candidateOf(talentDocument(profile)), {
      orgCreditCode: org.creditCode,
      orgVerified: org.status === 'verified',
      personalised: true,
    });
    return { score: result.score, eligible: result.eligible, reasons: result.reasons };
  }

  private async talentPool(preferred: Filter[], fallback: Filter[]) {
    const ask = (filters: Filter[]) =>
      this.engine.search(TALENT_INDEX, {
        filters,
        facets: [],
        sort: [{ field: 'totalExperienceYears', direction: 'desc' }],
        offset: 0,
        limit: POOL,
        retrieve: [...talentRetrieve, ...matchFields],
      });
    const first = await ask(preferred);
    if (first.hits.length >= POOL / 2) return first.hits;
    const seen = new Set(first.hits.map((h) => h.id));
    const more = await ask(fallback);
    return [...first.hits, ...more.hits.filter((h) => !seen.has(h.id))];
  }

  /**
   * Workers whose record fits a newly published position well (eligible, score ≥ 60), best first:
   * the pool for the opt-in "matches with my record" alerts. Hidden records and those hiding from
   * the organisation are excluded as in every organisation-facing match.
   */
  async alertCandidates(doc: Doc & { id: string }, limit: number): Promise<{ userId: string; score: number }[]> {
    const orgCreditCode = str(doc.orgCreditCode) ?? '';
    const target = positionOf(doc);
    const hard: Filter[] = [
      { field: 'visibility', op: 'not_in', values: ['hidden'] },
      { field: 'hideFrom', op: 'not_in', values: [orgCreditCode] },
      { field: 'certRank', op: 'range', min: certificateRank(target.minCertificate) },
      { field: 'eduRank', op: 'range', min: educationRank(target.minEducation) },
      ...(target.socialWorkMajorRequired ? [{ field: 'hasSocialWorkDegree', op: 'in' as const, values: [true] }] : []),
    ];
    const domains = [target.primaryDomain, ...(target.secondaryDomain ? [target.secondaryDomain] : [])];
    const pool = await this.talentPool([...hard, { field: 'domains', op: 'in', values: domains }], hard);
    return rankMatches(
      pool.map((hit) => ({
        ...matchCandidate(target, candidateOf(hit.document), { orgCreditCode, orgVerified: true }),
        userId: hit.id,
      })),
    )
      .filter((m) => m.eligible && m.score >= 60)
      .slice(0, limit)
      .map((m) => ({ userId: m.userId, score: m.score }));
  }

  async forWorker(viewer: Viewer, limit: number, personalised: boolean, now = new Date()) {
    this.search.ready();
    const live: Filter[] = [{ field: 'deadlineAt', op: 'range', min: now.getTime() }];
    if (!personalised) {
      const newest = await this.engine.search(POSITIONS_INDEX, {
        filters: live,
        facets: [],
        sort: [{ field: 'publishedAt', direction: 'desc' }],
        offset: 0,
        limit,
        retrieve: positionRetrieve,
      });
      const marks = await this.viewerMarks.of(
        viewer,
        newest.hits.map((h) => h.id),
      );
      return {
        items: appliedLast(
          newest.hits.map((h) => ({
            score: 0,
            eligible: true,
            reasons: [],
            position: { ...toPositionHit(h.id, h.document, {}), viewer: marks(h.id) },
          })),
        ),
      };
    }
    const profile = await this.profiles.ensure(viewer);
    const me = talentDocument(profile);
    const candidate = candidateOf(me);
    const hard: Filter[] = [
      ...live,
      { field: 'minCertRank', op: 'range', max: num(me.certRank) },
      { field: 'minEduRank', op: 'range', max: num(me.eduRank) },
      ...(candidate.hasSocialWorkDegree
        ? []
        : [{ field: 'socialWorkMajorRequired', op: 'in' as const, values: [false] }]),
      ...(profile.hideFrom.length > 0
        ? [{ field: 'orgCreditCode', op: 'not_in' as const, values: profile.hideFrom }]
        : []),
    ];
    const interests = [...new Set([...profile.serviceDomains, ...profile.wishes.serviceDomains])];
    const ask = (filters: Filter[]) =>
      this.engine.search(POSITIONS_INDEX, {
        filters,
        facets: [],
        sort: [{ field: 'publishedAt', direction: 'desc' }],
        offset: 0,
        limit: POOL,
        retrieve: [...positionRetrieve, ...positionMatchFields],
      });
    const first = await ask(interests.length > 0 ? [...hard, { field: 'domains', op: 'in', values: interests }] : hard);
    const seen = new Set(first.hits.map((h) => h.id));
    const pool =
      first.hits.length >= limit
        ? first.hits
        : [...first.hits, ...(await ask(hard)).hits.filter((h) => !seen.has(h.id))];
    const ranked = rankMatches(
      pool.map((hit) => ({
        ...matchCandidate(positionOf(hit.document), candidate, {
          orgCreditCode: str(hit.document.orgCreditCode) ?? '',
          orgVerified: hit.document.orgVerified === true,
          personalised: true,
        }),
        hit,
      })),
    );
    const marks = await this.viewerMarks.of(
      viewer,
      ranked.map((m) => m.hit.id),
    );
    const items = appliedLast(
      ranked.map((m) => ({
        score: m.score,
        eligible: m.eligible,
        reasons: m.reasons,
        position: { ...toPositionHit(m.hit.id, m.hit.document, {}), viewer: marks(m.hit.id) },
      })),
    );
    return { items: items.slice(0, limit) };
  }
}

/**
 * A position the worker already applied to is never recommended first: it goes after the others,
 * which keep their order. (Filled, closed and expired positions are not in the pool at all: the
 * index holds open positions and the deadline is a filter.)
 */
function appliedLast<M extends { position: PositionHit }>(items: readonly M[]): M[] {
  return [...items.filter((m) => !m.position.viewer?.applied), ...items.filter((m) => m.position.viewer?.applied)];
}

import type { MultiSearchResult, RecordAny } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import type { NormalizedRequest } from '../search-validation.js';
import { buildSearchPlan, readSearchResults, toHighlight } from './meilisearch-query.js';

const request = (over: Partial<NormalizedRequest> = {}): NormalizedRequest => ({
  q: '养老',
  filters: [],
  facets: [],
  sort: [],
  offset: 0,
  limit: 20,
  highlight: [],
  retrieve: [],
  matching: 'all',
  explain: [],
  ...over,
});

const result = (over: Partial<MultiSearchResult<RecordAny>>): MultiSearchResult<RecordAny> => ({
  indexUid: 'x',
  hits: [],
  processingTimeMs: 1,
  query: '',
  ...over,
});

describe('buildSearchPlan', () => {
  it('when a requested facet is also filtered, then one extra query counts it without its own filters', () => {
    const plan = buildSearchPlan(
      'talent',
      request({
        facets: ['district', 'domains', 'education'],
        filters: [
          { field: 'district', op: 'in', values: ['310104'] },
          { field: 'domains', op: 'in', values: ['elderly_care'] },
          { field: 'salaryMin', op: 'range', min: 5000 },
        ],
      }),
    );
    expect(plan.disjunctiveFacets).toEqual(['district', 'domains']);
    expect(plan.queries).toHaveLength(3);
    expect(plan.queries[0]?.facets).toEqual(['education']);
    expect(plan.queries[1]).toMatchObject({
      facets: ['district'],
      limit: 0,
      filter: ['domains IN ["elderly_care"]', 'salaryMin >= "5000"'],
    });
    expect(plan.queries[2]?.filter).toEqual(['district IN ["310104"]', 'salaryMin >= "5000"']);
  });

  it('when searching Chinese, then every query asks for all words and the cmn locale', () => {
    const plan = buildSearchPlan(
      'talent',
      request({ facets: ['district'], filters: [{ field: 'district', op: 'in', values: ['1'] }] }),
    );
    for (const q of plan.queries)
      expect(q).toMatchObject({ indexUid: 'talent', q: '养老', matchingStrategy: 'all', locales: ['cmn'] });
  });

  it('when offset is a multiple of limit, then it asks for that page; otherwise for enough hits to skip', () => {
    expect(buildSearchPlan('t', request({ offset: 40, limit: 20 })).queries[0]).toMatchObject({
      page: 3,
      hitsPerPage: 20,
    });
    const odd = buildSearchPlan('t', request({ offset: 5, limit: 20 }));
    expect(odd.queries[0]).toMatchObject({ page: 1, hitsPerPage: 25 });
    expect(odd.skip).toBe(5);
  });

  it('when sorting explicitly, then sort clauses are passed as field:direction', () => {
    const plan = buildSearchPlan('t', request({ sort: [{ field: 'salaryMax', direction: 'desc' }] }));
    expect(plan.queries[0]?.sort).toEqual(['salaryMax:desc']);
  });
});

describe('toHighlight', () => {
  it('when the text holds HTML and matches, then the HTML is escaped and only matches are marked', () => {
    expect(toHighlight('<b>\uE000养老\uE001</b> & "服务"')).toBe(
      '&lt;b&gt;<mark>养老</mark>&lt;/b&gt; &amp; &quot;服务&quot;',
    );
  });

  it('when two matches touch, then they are one mark, as the in-process engine marks them', () => {
    expect(toHighlight('\uE000危机\uE001\uE000干预\uE001服务')).toBe('<mark>危机干预</mark>服务');
  });

  it('when the field is an array, then elements are joined', () => {
    expect(toHighlight(['\uE000社工\uE001', '督导'])).toBe('<mark>社工</mark>; 督导');
  });
});

describe('readSearchResults', () => {
  it("when facet answers come from several queries, then each facet takes its own query's counts", () => {
    const req = request({
      facets: ['district', 'education'],
      filters: [{ field: 'district', op: 'in', values: ['310104'] }],
      highlight: ['title'],
      retrieve: ['salaryMax'],
    });
    const plan = buildSearchPlan('t', req);
    expect(plan.queries[0]?.attributesToRetrieve).toEqual(['id', 'title', 'salaryMax']);
    const read = readSearchResults(plan, req, [
      result({
        hits: [
          { id: 'p1', salaryMax: 9000, _rankingScore: 0.9, _formatted: { id: 'p1', title: '\uE000养老\uE001顾问' } },
        ],
        totalHits: 1,
        facetDistribution: { education: { bachelor: 1 } },
      }),
      result({ hits: [], facetDistribution: { district: { '310104': 1, '310115': 4 } } }),
    ]);
    expect(read).toEqual({
      hits: [{ id: 'p1', score: 0.9, highlights: { title: '<mark>养老</mark>顾问' }, document: { salaryMax: 9000 } }],
      total: 1,
      facets: { district: { '310104': 1, '310115': 4 }, education: { bachelor: 1 } },
    });
  });
});

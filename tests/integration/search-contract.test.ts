import type { Filter, SearchEngine, SearchRequest } from '@shsw/server/platform/search/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from './search-contract/adapters.js';
import {
  p13Replacement,
  positions,
  positionsDefinition,
  talentDefinition,
  talents,
} from './search-contract/fixtures.js';

/**
 * One contract, every adapter: the embedded engine always, Meilisearch when MEILI_HOST is set.
 * Every expected value below is worked out by hand from the fixtures, never taken from an engine.
 */

const ALL = ['p01', 'p02', 'p03', 'p04', 'p05', 'p06', 'p07', 'p08', 'p09', 'p10', 'p11', 'p12', 'p13', 'p14', 'p15'];
const BY_SALARY_MAX_DESC = [
  'p04',
  'p03',
  'p05',
  'p06',
  'p11',
  'p07',
  'p10',
  'p01',
  'p14',
  'p09',
  'p13',
  'p12',
  'p15',
  'p02',
  'p08',
];

const req = (over: Partial<SearchRequest> = {}): SearchRequest => ({
  q: '',
  filters: [],
  facets: [],
  offset: 0,
  limit: 50,
  ...over,
});

/** Touching marks are one highlight (engines differ in how they cut Chinese words). */
const joinMarks = (html: string | undefined): string | undefined => html?.replaceAll('</mark><mark>', '');

describe.each(adapters)('search contract: $name', ({ create, cleanUp }) => {
  let engine: SearchEngine;
  const P = 'positions';
  const T = 'talent';
  const M = 'positions_mutable';

  const ids = async (index: string, over: Partial<SearchRequest>): Promise<string[]> =>
    (await engine.search(index, req(over))).hits.map((h) => h.id);
  const idSet = async (index: string, over: Partial<SearchRequest>): Promise<string[]> =>
    (await ids(index, over)).sort();

  beforeAll(async () => {
    engine = create();
    for (const [def, docs] of [
      [positionsDefinition(P), positions],
      [positionsDefinition(M), positions],
      [talentDefinition(T), talents],
    ] as const) {
      await engine.ensureIndex(def);
      await engine.upsert(def.name, docs);
    }
  });

  afterAll(async () => {
    await cleanUp(engine);
    await engine.close();
  });

  describe('Chinese and Latin text', () => {
    it('when searching 养老, then documents with 养老 and its synonyms 为老 and 老年 match', async () => {
      expect(await idSet(P, { q: '养老' })).toEqual(['p01', 'p02', 'p03', 'p12']);
      expect(await idSet(T, { q: '养老' })).toEqual(['t1', 't6']);
    });

    it('when searching 老年, then the synonyms work the other way too', async () => {
      expect(await idSet(P, { q: '老年' })).toEqual(['p01', 'p02', 'p03', 'p12']);
    });

    it('when searching 儿童福利督导, then only documents holding every word match', async () => {
      expect(await idSet(P, { q: '儿童福利督导' })).toEqual(['p04', 'p05']);
    });

    it('when searching 医务社工, then 医院社工 (declared both ways) and 医务 + 社会工作者 match too', async () => {
      expect(await idSet(P, { q: '医务社工' })).toEqual(['p06', 'p07', 'p08']);
      expect(await idSet(P, { q: '医院社工' })).toEqual(['p06', 'p07']);
    });

    it('when searching 社工, then 社会工作者 matches and 社区工作者 or 社会工作 alone do not', async () => {
      expect(await idSet(P, { q: '社工' })).toEqual(['p01', 'p04', 'p06', 'p07', 'p08', 'p09', 'p10', 'p11', 'p12']);
      expect(await idSet(T, { q: '社工' })).toEqual(['t1', 't3', 't5']);
    });

    it('when the query mixes Latin and Chinese, then both words must match', async () => {
      expect(await idSet(P, { q: 'Excel 统计' })).toEqual(['p10']);
      expect(await idSet(P, { q: 'python 社工' })).toEqual(['p11']);
    });

    it('when a Latin or pinyin word has one typo, then it still matches', async () => {
      expect(await idSet(P, { q: 'pyhton' })).toEqual(['p11']);
      expect(await idSet(P, { q: 'lujiazhui' })).toEqual(['p14']);
    });

    it('when the last word is a prefix, then it matches the whole word', async () => {
      expect(await idSet(P, { q: 'pyth' })).toEqual(['p11']);
    });

    it('when the first letter is wrong or a short word has a typo, then nothing matches', async () => {
      expect(await idSet(P, { q: 'xython' })).toEqual([]);
      expect(await idSet(P, { q: 'cbx' })).toEqual([]);
    });

    it('when matching is last and a word matches nothing, then the documents matching the first words are found', async () => {
      expect(await ids(P, { q: '儿童 火星' })).toEqual([]);
      const partial = await engine.search(P, req({ q: '儿童 火星', matching: 'last' }));
      expect(partial.hits.map((h) => h.id).sort()).toEqual(['p04', 'p05', 'p15']);
      expect(partial.total).toBe(3);
    });

    it('when matching is last, then documents matching every word rank before those matching fewer', async () => {
      const all = await idSet(P, { q: '督导 儿童' });
      expect(all).toEqual(['p04', 'p05']);
      const partial = await ids(P, { q: '督导 儿童', matching: 'last' });
      expect(partial.slice(0, 2).sort()).toEqual(all);
      expect(partial.length).toBeGreaterThan(2);
      expect(partial).toEqual(expect.arrayContaining(['p03']));
    });

    it('when matches are explained, then each hit names the elements of each field that matched', async () => {
      const result = await engine.search(P, req({ q: '长者', explain: ['title', 'skills', 'description'] }));
      const byId = new Map(result.hits.map((h) => [h.id, h.matched]));
      expect(byId.get('p01')).toEqual({ skills: [1] });
      expect(byId.get('p12')).toEqual({ skills: [0], description: [0] });
      expect(byId.get('p02')).toEqual({ description: [0] });
      const plain = await engine.search(P, req({ q: '长者' }));
      expect(plain.hits.every((h) => h.matched === undefined)).toBe(true);
    });

    it('when nothing matches, then the result is empty with a zero total', async () => {
      const r = await engine.search(P, req({ q: 'zzzzzz', facets: ['domains'] }));
      expect(r).toMatchObject({ hits: [], total: 0, facets: { domains: {} } });
    });

    it('when a word is in one title and another description, then the title ranks first', async () => {
      expect(await ids(P, { q: '矫正' })).toEqual(['p10', 'p11']);
    });

    it('when stored fields are asked back, then each hit carries them as indexed, and nothing else', async () => {
      const r = await engine.search(P, req({ q: '矫正', retrieve: ['salaryMax', 'domains'] }));
      expect(r.hits.map((h) => [h.id, Object.keys(h.document).sort()])).toEqual([
        ['p10', ['domains', 'salaryMax']],
        ['p11', ['domains', 'salaryMax']],
      ]);
      const p10 = positions.find((p) => p.id === 'p10');
      expect(r.hits[0]?.document).toEqual({ salaryMax: p10?.salaryMax, domains: p10?.domains });
      await expect(engine.search(P, req({ retrieve: ['description'] }))).rejects.toThrow(/not stored/);
    });

    it('when highlighting, then matched words are marked and the rest is HTML-escaped', async () => {
      const r = await engine.search(
        P,
        req({
          q: '养老',
          filters: [{ field: 'district', op: 'in', values: ['310114', '310115'] }],
          highlight: ['title'],
        }),
      );
      const titles = Object.fromEntries(r.hits.map((h) => [h.id, joinMarks(h.highlights.title)]));
      expect(titles).toEqual({
        p01: '<mark>养老</mark>服务中心社会工作者',
        p12: '&lt;b&gt;<mark>养老</mark>&lt;/b&gt;护理社工 &amp; &quot;包住&quot;',
      });
    });
  });

  describe('filters and facets', () => {
    it('when filtering by two fields with facets on both, then facet counts are disjunctive', async () => {
      const r = await engine.search(
        P,
        req({
          filters: [
            { field: 'domains', op: 'in', values: ['elderly_care'] },
            { field: 'district', op: 'in', values: ['310115'] },
          ],
          facets: ['domains', 'district', 'employmentType'],
        }),
      );
      expect(r.hits.map((h) => h.id)).toEqual(['p01']);
      expect(r.total).toBe(1);
      expect(r.facets).toEqual({
        domains: { elderly_care: 1, medical: 1, community_building: 1 },
        district: { '310115': 1, '310106': 1, '310104': 1, '310114': 1 },
        employmentType: { full_time: 1 },
      });
    });

    it('when several values are given for one field, then they OR together', async () => {
      expect(await idSet(P, { filters: [{ field: 'domains', op: 'in', values: ['medical', 'school'] }] })).toEqual([
        'p06',
        'p07',
        'p08',
        'p11',
      ]);
    });

    it('when excluding values, then documents holding any of them drop out', async () => {
      const r = await engine.search(
        P,
        req({
          filters: [{ field: 'domains', op: 'not_in', values: ['elderly_care', 'medical'] }],
          facets: ['domains'],
        }),
      );
      expect(r.hits.map((h) => h.id).sort()).toEqual(['p04', 'p05', 'p09', 'p10', 'p11', 'p13', 'p14', 'p15']);
      expect(r.facets.domains).toEqual({
        elderly_care: 4,
        community_building: 2,
        medical: 3,
        child_welfare: 3,
        minor_protection: 1,
        drug_rehab: 1,
        correction: 1,
        school: 1,
        psychological: 1,
      });
    });

    it('when filtering by a range, then both bounds are inclusive and either may be left open', async () => {
      const salaryMin = (min?: number, max?: number): Filter => ({ field: 'salaryMin', op: 'range', min, max });
      expect(await idSet(P, { filters: [salaryMin(6000, 8000)] })).toEqual([
        'p01',
        'p05',
        'p06',
        'p07',
        'p09',
        'p10',
        'p11',
        'p14',
      ]);
      expect(await idSet(P, { filters: [salaryMin(9000)] })).toEqual(['p03', 'p04']);
      expect(await idSet(P, { filters: [{ field: 'salaryMax', op: 'range', max: 7000 }] })).toEqual([
        'p02',
        'p08',
        'p12',
        'p15',
      ]);
    });

    it('when text, filters and facets combine, then facets count only matching documents', async () => {
      const r = await engine.search(
        P,
        req({
          q: '社工',
          filters: [{ field: 'district', op: 'in', values: ['310101', '310115'] }],
          facets: ['district', 'domains'],
        }),
      );
      expect(r.hits.map((h) => h.id).sort()).toEqual(['p01', 'p06', 'p07']);
      expect(r.facets).toEqual({
        district: {
          '310101': 1,
          '310115': 2,
          '310107': 1,
          '310106': 1,
          '310105': 1,
          '310113': 1,
          '310110': 1,
          '310114': 1,
        },
        domains: { elderly_care: 1, medical: 2 },
      });
    });

    it('when filtering talent by boolean and number values, then those compare as values', async () => {
      const r = await engine.search(
        T,
        req({ filters: [{ field: 'available', op: 'in', values: [true] }], facets: ['certificate'] }),
      );
      expect(r.hits.map((h) => h.id).sort()).toEqual(['t1', 't3', 't4', 't6']);
      expect(r.facets.certificate).toEqual({ social_worker: 1, assistant: 2, none: 1 });
      expect(await idSet(T, { filters: [{ field: 'yearsExperience', op: 'in', values: [3, 4] }] })).toEqual([
        't3',
        't6',
      ]);
      expect(
        await idSet(T, {
          filters: [
            { field: 'certificate', op: 'not_in', values: ['none'] },
            { field: 'yearsExperience', op: 'range', min: 5 },
          ],
        }),
      ).toEqual(['t1', 't2', 't5']);
    });

    const hostile = [
      '"',
      '\\',
      '\\"',
      '310101" OR district = "310115',
      '310101\\" OR district = \\"310115',
      "310101' OR district = '310115",
      '310101 OR district = 310115',
      'OR',
      'NOT',
      ') OR (district EXISTS',
      'x'.repeat(1000),
    ];

    it.each(hostile)(
      'when a filter value is hostile (%j), then it matches nothing and breaks nothing',
      async (value) => {
        expect(await ids(P, { filters: [{ field: 'district', op: 'in', values: [value] }] })).toEqual([]);
        expect(await idSet(P, { filters: [{ field: 'district', op: 'in', values: ['310101', value] }] })).toEqual([
          'p05',
          'p06',
        ]);
        expect(
          (await engine.search(P, req({ filters: [{ field: 'domains', op: 'not_in', values: [value] }] }))).total,
        ).toBe(15);
      },
    );

    it('when the query text itself is hostile, then it is just words', async () => {
      expect(await ids(P, { q: '" OR 1=1 --' })).toEqual([]);
    });

    it('when a filter names a field outside the definition, then the request is refused', async () => {
      await expect(
        engine.search(P, req({ filters: [{ field: 'salary', op: 'in', values: ['1'] }] })),
      ).rejects.toThrow();
      await expect(engine.search(P, req({ filters: [{ field: 'title', op: 'in', values: ['x'] }] }))).rejects.toThrow();
      await expect(engine.search(P, req({ sort: [{ field: 'title', direction: 'asc' }] }))).rejects.toThrow();
    });

    it('when facet-searching domains, then matching values come with counts under the other filters', async () => {
      expect(await engine.facetSearch(P, 'domains', 'eld', [])).toEqual([{ value: 'elderly_care', count: 4 }]);
      expect(
        await engine.facetSearch(P, 'domains', 'ch', [{ field: 'district', op: 'in', values: ['310104'] }]),
      ).toEqual([{ value: 'child_welfare', count: 1 }]);
      expect(
        await engine.facetSearch(P, 'domains', 'eld', [{ field: 'domains', op: 'in', values: ['medical'] }]),
      ).toEqual([{ value: 'elderly_care', count: 4 }]);
    });
  });

  describe('sorting and pagination', () => {
    it('when nothing is searched or sorted, then documents come in id order', async () => {
      expect(await ids(P, { limit: 5 })).toEqual(['p01', 'p02', 'p03', 'p04', 'p05']);
    });

    it('when sorting by salary, then ties are broken by id', async () => {
      expect(await ids(P, { sort: [{ field: 'salaryMax', direction: 'desc' }] })).toEqual(BY_SALARY_MAX_DESC);
    });

    it('when paging, then pages follow the same order and the total stays exact', async () => {
      const sort = [{ field: 'salaryMax', direction: 'desc' }] as const;
      const first = await engine.search(P, req({ sort, offset: 0, limit: 5 }));
      const second = await engine.search(P, req({ sort, offset: 5, limit: 5 }));
      const odd = await engine.search(P, req({ sort, offset: 3, limit: 4 }));
      expect(first.hits.map((h) => h.id)).toEqual(BY_SALARY_MAX_DESC.slice(0, 5));
      expect(second.hits.map((h) => h.id)).toEqual(BY_SALARY_MAX_DESC.slice(5, 10));
      expect(odd.hits.map((h) => h.id)).toEqual(BY_SALARY_MAX_DESC.slice(3, 7));
      expect([first.total, second.total, odd.total]).toEqual([15, 15, 15]);
    });

    it('when searching text sorted by date, then the sort decides the order', async () => {
      expect(await ids(P, { q: '社工', sort: [{ field: 'publishedAt', direction: 'desc' }] })).toEqual([
        'p11',
        'p06',
        'p04',
        'p01',
        'p10',
        'p07',
        'p08',
        'p09',
        'p12',
      ]);
    });

    it('when only facets are wanted, then limit 0 returns counts and the total without hits', async () => {
      const r = await engine.search(T, req({ limit: 0, facets: ['education'] }));
      expect(r.hits).toEqual([]);
      expect(r.total).toBe(6);
      expect(r.facets).toEqual({ education: { bachelor: 2, master: 2, diploma: 2 } });
    });
  });

  describe('writes', () => {
    it('when the index is set up, then it counts every document', async () => {
      expect(await engine.count(M)).toBe(15);
      expect(await idSet(M, {})).toEqual(ALL);
    });

    it('when a document is upserted again, then the new version wholly replaces the old', async () => {
      expect(await idSet(M, { q: 'cbt' })).toEqual(['p13']);
      await engine.upsert(M, [p13Replacement]);
      expect(await engine.count(M)).toBe(15);
      expect(await idSet(M, { q: 'cbt' })).toEqual([]);
      expect(await idSet(M, { q: '禁毒' })).toEqual(['p09', 'p13']);
      const r = await engine.search(M, req({ facets: ['domains'], limit: 0 }));
      expect(r.facets.domains?.psychological).toBeUndefined();
      expect(r.facets.domains?.drug_rehab).toBe(2);
    });

    it('when documents are deleted, then they no longer match, count or sort', async () => {
      await engine.delete(M, ['p07', 'p04']);
      expect(await engine.count(M)).toBe(13);
      expect(await idSet(M, { q: '医院社工' })).toEqual(['p06']);
      expect(await ids(M, { sort: [{ field: 'salaryMax', direction: 'desc' }], limit: 3 })).toEqual([
        'p03',
        'p13',
        'p05',
      ]);
      const r = await engine.search(M, req({ facets: ['district'], limit: 0 }));
      expect(r.facets.district?.['310115']).toBe(2);
      expect(r.facets.district?.['310107']).toBeUndefined();
    });

    it('when the index is cleared, then it is empty but still searchable', async () => {
      await engine.clear(M);
      expect(await engine.count(M)).toBe(0);
      expect((await engine.search(M, req({ q: '社工', facets: ['domains'] }))).total).toBe(0);
    });
  });

  it('when the engine is up, then health says so', async () => {
    expect(await engine.health()).toBe(true);
  });
});

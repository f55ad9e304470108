import { describe, expect, it } from 'vitest';
import type { IndexDefinition } from '../search-engine.js';
import { buildSettings, RANKING_RULES } from './meilisearch-settings.js';

const def: IndexDefinition = {
  name: 'positions',
  searchable: [
    { field: 'description', weight: 1 },
    { field: 'title', weight: 5 },
    { field: 'organisation', weight: 3 },
  ],
  filterable: ['district', 'salaryMin'],
  sortable: ['publishedAt'],
  facets: ['domains', 'district'],
  synonyms: { 社工: ['社会工作者'], 医务社工: ['医院社工'], 医院社工: ['医务社工'] },
};

describe('buildSettings', () => {
  const settings = buildSettings(def, { maxTotalHits: 300_000, maxValuesPerFacet: 500 });

  it('when fields have weights, then searchable attributes run from heaviest to lightest', () => {
    expect(settings.searchableAttributes).toEqual(['title', 'organisation', 'description']);
  });

  it('when a field is a facet, then it is filterable too, once', () => {
    expect(settings.filterableAttributes).toEqual(['district', 'salaryMin', 'domains']);
  });

  it('when ties are broken by id, then id is sortable and the last ranking rule', () => {
    expect(settings.sortableAttributes).toEqual(['publishedAt', 'id']);
    expect(RANKING_RULES[0]).toBe('sort');
    expect(RANKING_RULES.at(-1)).toBe('id:asc');
    expect(settings.rankingRules).toEqual(RANKING_RULES);
  });

  it('when text is Chinese, then every searchable field is declared cmn', () => {
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ['title', 'organisation', 'description'], locales: ['cmn'] },
    ]);
  });

  it('when synonyms are declared one way or both ways, then they are passed on as declared', () => {
    expect(settings.synonyms).toEqual(def.synonyms);
  });

  it('when limits are given, then facets and pagination use them and typo tolerance keeps the defaults', () => {
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 500 });
    expect(settings.pagination).toEqual({ maxTotalHits: 300_000 });
    expect(settings.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 5, twoTypos: 9 });
  });
});

import type { Settings } from 'meilisearch';
import type { IndexDefinition } from '../search-engine.js';
import { rankedSearchableFields } from '../search-validation.js';

export interface MeilisearchSettingsOptions {
  /** Upper bound on `total`; must be at least the collection size (200k talent records in 2025). */
  maxTotalHits: number;
  /** Values returned per facet; the street facet has ~234 values, so Meilisearch's default of 100 is too few. */
  maxValuesPerFacet: number;
}

export const DEFAULT_SETTINGS_OPTIONS: MeilisearchSettingsOptions = {
  maxTotalHits: 1_000_000,
  maxValuesPerFacet: 1_000,
};

/**
 * Ranking: `sort` first so an explicit sort decides, then Meilisearch's relevance rules, then
 * `id:asc` so ties come out in id order exactly as in the embedded engine. `attribute` (rather
 * than `attributeRank` + `wordPosition`) keeps servers older than 1.36 working.
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'id:asc'];

/** Chinese (Mandarin) for every searchable field: segment with jieba, never guess Japanese. */
export const SEARCH_LOCALES = ['cmn'];

export function buildSettings(
  def: IndexDefinition,
  options: MeilisearchSettingsOptions = DEFAULT_SETTINGS_OPTIONS,
): Settings {
  const searchable = rankedSearchableFields(def);
  return {
    searchableAttributes: searchable,
    filterableAttributes: [...new Set([...def.filterable, ...def.facets])],
    sortableAttributes: [...new Set([...def.sortable, 'id'])],
    rankingRules: RANKING_RULES,
    synonyms: Object.fromEntries(Object.entries(def.synonyms).map(([key, values]) => [key, [...values]])),
    localizedAttributes: searchable.length > 0 ? [{ attributePatterns: searchable, locales: SEARCH_LOCALES }] : [],
    // Meilisearch's defaults, spelt out so an index changed by hand is put back.
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
    },
    faceting: { maxValuesPerFacet: options.maxValuesPerFacet },
    pagination: { maxTotalHits: options.maxTotalHits },
    facetSearch: true,
    stopWords: [],
  };
}

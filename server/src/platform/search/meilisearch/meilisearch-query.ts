import type { Hit, MultiSearchQuery, MultiSearchResult, RecordAny } from 'meilisearch';
import { type FacetCounts, type FieldValue, HIGHLIGHT_ARRAY_SEPARATOR, type SearchHit } from '../search-engine.js';
import { escapeHtml, filterGroups, type NormalizedRequest } from '../search-validation.js';
import { buildFilter } from './meilisearch-filter.js';
import { SEARCH_LOCALES } from './meilisearch-settings.js';

// Private-use characters as highlight tags: the text is HTML-escaped afterwards, then they become <mark>.
const PRE = '\uE000';
const POST = '\uE001';

/** The multi-search for one request, and how to read its answers back. */
export interface SearchPlan {
  queries: MultiSearchQuery[];
  /** Facet fields answered by query `i + 1` (one disjunctive query per filtered facet). */
  disjunctiveFacets: string[];
  /** Hits to drop from the front of the main query's page (when offset is not a multiple of limit). */
  skip: number;
}

/**
 * Builds the main query plus, for each requested facet that is also filtered, a query with every
 * filter except that facet's (limit 0, that facet only): Meilisearch's disjunctive faceting recipe.
 * Pagination uses `page`/`hitsPerPage` because only then is `totalHits` exhaustive.
 */
export function buildSearchPlan(indexUid: string, req: NormalizedRequest): SearchPlan {
  const groups = filterGroups(req.filters);
  const disjunctiveFacets = req.facets.filter((f) => groups.has(f));
  const common = { indexUid, q: req.q, matchingStrategy: req.matching, locales: SEARCH_LOCALES };
  const highlighted = [...new Set([...req.highlight, ...req.explain])];
  // limit 0 (facets only) is a page of zero hits; otherwise take whole pages when offset allows.
  const aligned = req.limit === 0 || req.offset % req.limit === 0;
  const main: MultiSearchQuery = {
    ...common,
    filter: buildFilter(req.filters),
    facets: req.facets.filter((f) => !groups.has(f)),
    sort: req.sort.length > 0 ? req.sort.map((s) => `${s.field}:${s.direction}`) : undefined,
    page: aligned && req.limit > 0 ? req.offset / req.limit + 1 : 1,
    hitsPerPage: aligned ? req.limit : req.offset + req.limit,
    attributesToRetrieve: ['id', ...new Set([...highlighted, ...req.retrieve])],
    showRankingScore: true,
    ...(highlighted.length > 0
      ? { attributesToHighlight: highlighted, highlightPreTag: PRE, highlightPostTag: POST }
      : {}),
  };
  const facetQueries = disjunctiveFacets.map(
    (field): MultiSearchQuery => ({
      ...common,
      filter: buildFilter(req.filters.filter((f) => f.field !== field)),
      facets: [field],
      limit: 0,
    }),
  );
  return { queries: [main, ...facetQueries], disjunctiveFacets, skip: aligned ? 0 : req.offset };
}

/** A `_formatted` value as our highlight: escaped text with Meilisearch's tags turned into `<mark>`. */
export function toHighlight(formatted: unknown): string | undefined {
  if (typeof formatted === 'string') {
    // Touching matches are one mark (危机 + 干预 → 危机干预), as the in-process engine marks them.
    return escapeHtml(formatted.replaceAll(`${POST}${PRE}`, ''))
      .replaceAll(PRE, '<mark>')
      .replaceAll(POST, '</mark>');
  }
  if (typeof formatted === 'number' || typeof formatted === 'boolean') return String(formatted);
  if (Array.isArray(formatted)) {
    return formatted
      .map((v) => toHighlight(v))
      .filter((v): v is string => v !== undefined)
      .join(HIGHLIGHT_ARRAY_SEPARATOR);
  }
  return undefined;
}

/** Indexes of the elements of a `_formatted` value that hold a highlight tag (0 for a string). */
function matchedElements(formatted: unknown): number[] {
  if (typeof formatted === 'string') return formatted.includes(PRE) ? [0] : [];
  if (!Array.isArray(formatted)) return [];
  const out: number[] = [];
  formatted.forEach((v, i) => {
    if (typeof v === 'string' && v.includes(PRE)) out.push(i);
  });
  return out;
}

function toHit(hit: Hit<RecordAny>, req: NormalizedRequest): SearchHit {
  const { highlight, retrieve } = req;
  const highlights: Record<string, string> = {};
  const formatted: RecordAny = hit._formatted ?? {};
  for (const field of highlight) {
    const text = toHighlight(formatted[field]);
    if (text !== undefined) highlights[field] = text;
  }
  const document: Record<string, FieldValue> = {};
  for (const field of retrieve) {
    const value: unknown = hit[field];
    if (value !== undefined) document[field] = value as FieldValue;
  }
  const result: SearchHit = { id: String(hit.id), score: hit._rankingScore ?? 0, highlights, document };
  if (req.explain.length > 0) {
    const matched: Record<string, number[]> = {};
    for (const field of req.explain) {
      const indexes = matchedElements(formatted[field]);
      if (indexes.length > 0) matched[field] = indexes;
    }
    result.matched = matched;
  }
  return result;
}

export interface ReadResult {
  hits: SearchHit[];
  total: number;
  facets: FacetCounts;
}

/** Reads the multi-search answers back into hits, the exact total and disjunctive facet counts. */
export function readSearchResults(
  plan: SearchPlan,
  req: NormalizedRequest,
  results: MultiSearchResult<RecordAny>[],
): ReadResult {
  const main = results[0];
  if (!main) throw new Error('search: Meilisearch returned no result for the main query');
  const facets: FacetCounts = {};
  for (const field of req.facets) facets[field] = { ...(main.facetDistribution?.[field] ?? {}) };
  plan.disjunctiveFacets.forEach((field, i) => {
    facets[field] = { ...(results[i + 1]?.facetDistribution?.[field] ?? {}) };
  });
  return {
    hits: main.hits.slice(plan.skip).map((hit) => toHit(hit, req)),
    total: main.totalHits ?? main.estimatedTotalHits ?? 0,
    facets,
  };
}

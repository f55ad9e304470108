import type { SearchEngine, SearchHit, SearchRequest, SearchResult } from '../../platform/search/index.js';
import { type ExplainSpec, inPlace, outsidePlace, placeBoost, type UnderstoodQuery } from './query-understanding.js';
import { explainFields, str } from './search-hits.js';

export interface UnderstoodResult {
  result: SearchResult;
  /** The place a hit was ranked first for, or null. */
  placeOf: (hit: SearchHit) => string | null;
  /** Words left out because they match nothing on their own. */
  ignored: string[];
}

/**
 * One search as the platform reads a query: several words find partial matches too (ranked
 * after full ones), hits say why they matched, and places named in the query rank first: the
 * hits there, then the rest, each in the requested order — one list, paged across both, with
 * totals and facets of the whole (the place is never a filter). When nothing matches, words that
 * match nothing on their own are left out (`ignored`) and the rest searched.
 */
export async function understoodSearch(
  engine: SearchEngine,
  index: string,
  base: SearchRequest,
  understood: UnderstoodQuery,
  spec: ExplainSpec,
): Promise<UnderstoodResult> {
  const req: SearchRequest = { ...base, matching: 'last', explain: understood.text ? explainFields(spec) : [] };
  const first = await placeRanked(engine, index, req, understood);
  // Only words with a letter or digit: punctuation alone is no query (and would find everything).
  const words = understood.text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (first.result.total > 0 || words.length < 2) return { ...first, ignored: [] };
  // Nothing: `last` keeps the first word, so a first word that matches nothing (a typo, a place
  // searched as text) empties the list. Words matching nothing alone are left out, and said so.
  const alone = await Promise.all(
    words.map((w) => engine.search(index, { ...req, q: w, facets: [], offset: 0, limit: 0, explain: [] })),
  );
  const kept = words.filter((_, i) => (alone[i]?.total ?? 0) > 0);
  if (kept.length === 0 || kept.length === words.length) return { ...first, ignored: [] };
  const retry = await placeRanked(engine, index, { ...req, q: kept.join(' ') }, understood);
  return { ...retry, ignored: words.filter((w) => !kept.includes(w)) };
}

/** The place-ranked list (or the plain one without places) for one request. */
async function placeRanked(
  engine: SearchEngine,
  index: string,
  req: SearchRequest,
  understood: UnderstoodQuery,
): Promise<Omit<UnderstoodResult, 'ignored'>> {
  const boost = placeBoost(understood.places, { district: 'districtCode', street: 'streetCode' });
  if (!boost) return { result: await engine.search(index, req), placeOf: () => null };
  const retrieve = [...new Set([...(req.retrieve ?? []), boost.field])];
  const [whole, first] = await Promise.all([
    engine.search(index, { ...req, offset: 0, limit: 0, explain: [] }),
    engine.search(index, { ...req, retrieve, filters: [...req.filters, inPlace(boost)], facets: [] }),
  ]);
  const end = req.offset + req.limit;
  let hits = first.hits;
  if (end > first.total) {
    const from = Math.max(req.offset, first.total) - first.total;
    const rest = await engine.search(index, {
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

import type {
  FacetValueCount,
  FieldValue,
  Filter,
  IndexDefinition,
  SearchDocument,
  SearchResult,
} from '../search-engine.js';
import { filterableFields, type NormalizedRequest, rankedSearchableFields } from '../search-validation.js';
import { andInto, type Bitset, clearBit, countBits, createBitset, forEachBit, setBit } from './bitset.js';
import { SortColumn, ValueColumn, valueKey } from './columns.js';
import { countFacet, evaluateFilters, facetUniverse } from './filter-evaluator.js';
import { type HighlightSpec, hasMatch, highlightValue } from './highlighter.js';
import { InvertedIndex } from './inverted-index.js';
import { QueryCache } from './query-cache.js';
import { RelevanceScorer } from './relevance-scorer.js';
import { SynonymTable } from './synonym-table.js';
import { type Matching, matchingDocs, planQuery, type QueryPlan } from './text-query.js';
import { HARD_SEPARATOR_GAP, normalizeTerm, queryTerms, tokenize } from './tokenizer.js';
import { type QuickKey, TopK } from './top-k.js';
import { editDistance, typoBudget } from './typo.js';

const MAX_POSITION = 0xffff;
/** Meilisearch's default cap on facet-search hits. */
const MAX_FACET_HITS = 100;
/** Whole search answers kept per index (a page of 20 hits with facets is ~10–30 kB). */
const RESULT_CACHE_ENTRIES = 500;
/** Runs of Chinese characters, and words of other letters or digits, as typed. */
const RUNS = /\p{Script=Han}+|[\p{L}\p{N}]+/gu;

/**
 * One in-process index. Documents get consecutive slot numbers; replacing or deleting one only
 * marks its slot dead (postings are append-only), and the engine rebuilds once dead slots pile up.
 */
export class EmbeddedIndex {
  private readonly text = new InvertedIndex();
  private readonly synonyms: SynonymTable;
  private readonly searchable: string[];
  private readonly columns = new Map<string, ValueColumn>();
  private readonly sorts = new Map<string, SortColumn>();
  private readonly scorer = new RelevanceScorer();
  private capacity = 1024;
  private slots = 0;
  private live = 0;
  private alive: Bitset = createBitset(1024);
  private scores = new Float64Array(1024);
  // The first 14 characters of each id packed into two numbers: ties by id rarely reach a string compare.
  private idHi = new Float64Array(1024);
  private idLo = new Float64Array(1024);
  private readonly ids: string[] = [];
  private readonly docs: (SearchDocument | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly cache: QueryCache;
  // Whole answers by request: the same page (the open-positions list, a popular word) is asked
  // again and again between two writes. Cleared with the term cache on every add and remove.
  private readonly results: QueryCache;

  constructor(
    readonly def: IndexDefinition,
    options: { queryCache?: boolean; resultCache?: boolean } = {},
  ) {
    this.cache = new QueryCache(options.queryCache ?? true);
    this.results = new QueryCache(options.resultCache ?? options.queryCache ?? true, RESULT_CACHE_ENTRIES);
    this.synonyms = new SynonymTable(def.synonyms);
    this.searchable = rankedSearchableFields(def);
    for (const f of filterableFields(def)) this.columns.set(f, new ValueColumn(this.capacity));
    for (const f of def.sortable) this.sorts.set(f, new SortColumn(this.capacity));
  }

  get count(): number {
    return this.live;
  }

  /** True once dead slots outnumber live ones (and are many): worth a rebuild. */
  get wasteful(): boolean {
    const dead = this.slots - this.live;
    return dead > 20_000 && dead > this.live;
  }

  liveDocuments(): SearchDocument[] {
    const out: SearchDocument[] = [];
    forEachBit(this.alive, (slot) => {
      const doc = this.docs[slot];
      if (doc) out.push(doc);
    });
    return out;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    const alive = createBitset(capacity);
    alive.set(this.alive);
    this.alive = alive;
    this.scores = new Float64Array(capacity);
    const idHi = new Float64Array(capacity);
    const idLo = new Float64Array(capacity);
    idHi.set(this.idHi);
    idLo.set(this.idLo);
    this.idHi = idHi;
    this.idLo = idLo;
    for (const c of this.columns.values()) c.grow(capacity);
    for (const c of this.sorts.values()) c.grow(capacity);
    this.capacity = capacity;
  }

  /** Adds a document, replacing any earlier one with the same id. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    this.cache.invalidate();
    this.results.invalidate();
    if (this.slots === this.capacity) this.grow();
    const slot = this.slots++;
    this.ids[slot] = doc.id;
    this.idHi[slot] = packId(doc.id, 0);
    this.idLo[slot] = packId(doc.id, 7);
    this.docs[slot] = doc;
    this.slotOf.set(doc.id, slot);
    setBit(this.alive, slot);
    this.live += 1;
    for (let rank = 0; rank < this.searchable.length; rank++) {
      const value = doc[this.searchable[rank] ?? ''];
      if (value === null || value === undefined) continue;
      const parts = typeof value === 'object' ? value : [String(value)];
      let position = 0;
      for (const part of parts) {
        const { tokens, next } = tokenize(part, position);
        for (const t of tokens) {
          if (t.position > MAX_POSITION) break;
          this.text.add(t.term, slot, (rank << 16) | t.position);
        }
        position = next + HARD_SEPARATOR_GAP;
      }
    }
    for (const [field, column] of this.columns) column.set(slot, doc[field]);
    for (const [field, column] of this.sorts) column.set(slot, doc[field]);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.cache.invalidate();
    this.results.invalidate();
    this.slotOf.delete(id);
    clearBit(this.alive, slot);
    this.docs[slot] = undefined;
    for (const column of this.columns.values()) column.unset(slot);
    this.live -= 1;
  }

  /** Releases spare posting capacity after a bulk load. */
  trim(): void {
    this.text.trim();
  }

  /** Answers are shared between callers (cached): treat them as read-only. */
  search(req: NormalizedRequest): SearchResult {
    const started = performance.now();
    const cached = this.results.getOrCompute(JSON.stringify(req), () => this.compute(req));
    return { ...cached, tookMs: Math.round((performance.now() - started) * 100) / 100 };
  }

  private compute(req: NormalizedRequest): SearchResult {
    const started = performance.now();
    const words = queryTerms(req.q);
    let plan: QueryPlan | null = null;
    let candidates = this.alive;
    let reach: Matching['reach'] = null;
    if (words.length > 0) {
      plan = planQuery(this.text, words, this.synonyms, this.cache);
      const matching = matchingDocs(this.text, plan, this.capacity, this.cache, req.matching);
      candidates = matching.docs;
      reach = matching.reach;
      andInto(candidates, this.alive);
    }
    const outcome = evaluateFilters(req.filters, this.columns, candidates, countBits(candidates));
    const hits = outcome.hits;
    const total = countBits(hits);
    const facets: Record<string, Record<string, number>> = {};
    for (const field of req.facets) {
      const column = this.columns.get(field) as ValueColumn;
      const universe = facetUniverse(field, outcome, candidates);
      const size = universe === hits ? total : countBits(universe);
      facets[field] = labelled(column, countFacet(column, universe, size));
    }
    const top = new TopK(
      req.offset + req.limit,
      this.comparator(req, plan !== null),
      this.quickKey(req, plan !== null),
    );
    // Counts and facets only (limit 0): no hit is ranked, so nothing is scored.
    const ranked = req.limit > 0;
    if (ranked && plan && total > 0)
      this.scorer.score(this.text, plan, hits, this.scores, this.capacity, req.sort.length === 0 ? top : null, reach);
    if (ranked && (!plan || req.sort.length > 0)) top.considerAll(hits);
    const spec: HighlightSpec | null = plan ? { terms: plan.highlightTerms, phrases: plan.highlightPhrases } : null;
    const page = top.sorted().slice(req.offset);
    return {
      hits: page.map((slot) => ({
        id: this.ids[slot] ?? '',
        score: plan ? (this.scores[slot] ?? 0) : 1,
        highlights: this.highlights(slot, req.highlight, spec),
        document: this.retrieve(slot, req.retrieve),
        ...(req.explain.length > 0 ? { matched: this.matched(slot, req.explain, spec, req.q) } : {}),
      })),
      total,
      facets,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  private comparator(req: NormalizedRequest, scored: boolean): (a: number, b: number) => number {
    const ids = this.ids;
    const scores = this.scores;
    const idHi = this.idHi;
    const idLo = this.idLo;
    const relevance = (a: number, b: number): number => {
      const d = scored ? (scores[b] ?? 0) - (scores[a] ?? 0) : 0;
      if (d !== 0) return d;
      const hi = (idHi[a] ?? 0) - (idHi[b] ?? 0);
      if (hi !== 0) return hi;
      const lo = (idLo[a] ?? 0) - (idLo[b] ?? 0);
      if (lo !== 0) return lo;
      const ia = ids[a] ?? '';
      const ib = ids[b] ?? '';
      return ia < ib ? -1 : ia > ib ? 1 : 0;
    };
    const clauses = req.sort.map((s) => ({
      column: this.sorts.get(s.field) as SortColumn,
      desc: s.direction === 'desc',
    }));
    if (clauses.length === 0) return relevance;
    return (a, b) => {
      for (const c of clauses) {
        const d = c.column.compare(a, b, c.desc);
        if (d !== 0) return d;
      }
      return relevance(a, b);
    };
  }

  private quickKey(req: NormalizedRequest, scored: boolean): QuickKey {
    const first = req.sort[0];
    if (first) {
      const column = this.sorts.get(first.field) as SortColumn;
      return first.direction === 'desc'
        ? { key: column.max, sign: -1, tie: null }
        : { key: column.min, sign: 1, tie: null };
    }
    return scored ? { key: this.scores, sign: -1, tie: this.idHi } : { key: this.idHi, sign: 1, tie: this.idLo };
  }

  private retrieve(slot: number, fields: readonly string[]): Record<string, FieldValue> {
    const out: Record<string, FieldValue> = {};
    const doc = this.docs[slot];
    if (!doc) return out;
    for (const field of fields) {
      const value = doc[field];
      if (value !== undefined) out[field] = value;
    }
    return out;
  }

  private highlights(slot: number, fields: readonly string[], spec: HighlightSpec | null): Record<string, string> {
    const out: Record<string, string> = {};
    const doc = this.docs[slot];
    if (!doc) return out;
    for (const field of fields) {
      const text = highlightValue(doc[field], spec);
      if (text !== undefined) out[field] = text;
    }
    return out;
  }

  private matched(
    slot: number,
    fields: readonly string[],
    spec: HighlightSpec | null,
    q: string,
  ): Record<string, number[]> {
    const out: Record<string, number[]> = {};
    const doc = this.docs[slot];
    if (!doc || !spec) return out;
    // A single character counts only when the query has a one-character run of its own.
    const minLength = Math.min(2, ...(q.match(RUNS) ?? ['xx']).map((run) => run.length));
    for (const field of fields) {
      const value = doc[field];
      if (value === null || value === undefined) continue;
      const parts = typeof value === 'object' ? value : [String(value)];
      const indexes: number[] = [];
      parts.forEach((part, i) => {
        if (hasMatch(part, spec, minLength)) indexes.push(i);
      });
      if (indexes.length > 0) out[field] = indexes;
    }
    return out;
  }

  facetSearch(field: string, query: string, filters: readonly Filter[]): FacetValueCount[] {
    const others = filters.filter((f) => f.field !== field);
    const { hits } = evaluateFilters(others, this.columns, this.alive, this.live);
    const column = this.columns.get(field) as ValueColumn;
    const counts = countFacet(column, hits, countBits(hits));
    const wanted = normalizeTerm(query.trim());
    const budget = typoBudget(wanted);
    const out: FacetValueCount[] = [];
    counts.forEach((count, id) => {
      if (count === 0) return;
      const value = column.labels[id] ?? '';
      const key = valueKey(value);
      if (
        wanted === '' ||
        key.startsWith(wanted) ||
        (budget > 0 && editDistance(wanted, key, budget, true) <= budget)
      ) {
        out.push({ value, count });
      }
    });
    out.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return out.slice(0, MAX_FACET_HITS);
  }
}

/** Seven id characters (ids are ASCII) from `from`, packed base 128 so numbers order as strings do. */
function packId(id: string, from: number): number {
  let key = 0;
  for (let k = from; k < from + 7; k++) key = key * 128 + (k < id.length ? id.charCodeAt(k) & 0x7f : 0);
  return key;
}

function labelled(column: ValueColumn, counts: Int32Array): Record<string, number> {
  const out: Record<string, number> = {};
  counts.forEach((count, id) => {
    if (count > 0) out[column.labels[id] ?? ''] = count;
  });
  return out;
}

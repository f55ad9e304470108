import type { FacetValueCount, Filter, IndexDefinition, SearchDocument, SearchResult } from '../search-engine.js';
import { filterableFields, type NormalizedRequest, rankedSearchableFields } from '../search-validation.js';
import { andInto, type Bitset, clearBit, createBitset, forEachBit, setBit } from './bitset.js';
import { SortColumn, ValueColumn, valueKey } from './columns.js';
import { type CompiledFilter, compileFilters, failedGroups } from './filter-compiler.js';
import { type HighlightSpec, highlightValue } from './highlighter.js';
import { InvertedIndex } from './inverted-index.js';
import { RelevanceScorer } from './relevance-scorer.js';
import { SynonymTable } from './synonym-table.js';
import { matchingDocs, planQuery, type QueryPlan } from './text-query.js';
import { HARD_SEPARATOR_GAP, normalizeTerm, queryTerms, tokenize } from './tokenizer.js';
import { TopK } from './top-k.js';
import { editDistance, typoBudget } from './typo.js';

const MAX_POSITION = 0xffff;
/** Meilisearch's default cap on facet-search hits. */
const MAX_FACET_HITS = 100;

interface FacetTally {
  field: string;
  column: ValueColumn;
  counts: Int32Array;
  /** Group bit of this field's filters; 0 when none filter on it. */
  bit: number;
}

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
  private readonly ids: string[] = [];
  private readonly docs: (SearchDocument | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();

  constructor(readonly def: IndexDefinition) {
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
    for (const c of this.columns.values()) c.grow(capacity);
    for (const c of this.sorts.values()) c.grow(capacity);
    this.capacity = capacity;
  }

  /** Adds a document, replacing any earlier one with the same id. */
  add(doc: SearchDocument): void {
    this.remove(doc.id);
    if (this.slots === this.capacity) this.grow();
    const slot = this.slots++;
    this.ids[slot] = doc.id;
    this.docs[slot] = doc;
    this.slotOf.set(doc.id, slot);
    setBit(this.alive, slot);
    this.live += 1;
    this.searchable.forEach((field, rank) => {
      const value = doc[field];
      if (value === null || value === undefined) return;
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
    });
    for (const [field, column] of this.columns) column.set(slot, doc[field]);
    for (const [field, column] of this.sorts) column.set(slot, doc[field]);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
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

  private facetTallies(fields: readonly string[], filters: readonly CompiledFilter[]): FacetTally[] {
    return fields.map((field) => {
      const column = this.columns.get(field) as ValueColumn;
      const bit = filters.find((f) => f.field === field)?.bit ?? 0;
      return { field, column, counts: new Int32Array(column.size), bit };
    });
  }

  search(req: NormalizedRequest): SearchResult {
    const started = performance.now();
    const words = queryTerms(req.q);
    let plan: QueryPlan | null = null;
    let candidates = this.alive;
    if (words.length > 0) {
      plan = planQuery(this.text, words, this.synonyms);
      candidates = matchingDocs(this.text, plan, this.capacity);
      andInto(candidates, this.alive);
    }
    const filters = compileFilters(req.filters, this.columns);
    const tallies = this.facetTallies(req.facets, filters);
    const hits = createBitset(this.capacity);
    let total = 0;
    forEachBit(candidates, (slot) => {
      const failed = filters.length === 0 ? 0 : failedGroups(filters, slot);
      if (failed === 0) {
        hits[slot >>> 5] = (hits[slot >>> 5] ?? 0) | (1 << (slot & 31));
        total += 1;
        for (const t of tallies) t.column.count(slot, t.counts);
      } else if ((failed & (failed - 1)) === 0) {
        for (const t of tallies) if (t.bit === failed) t.column.count(slot, t.counts);
      }
    });
    if (plan && total > 0) this.scorer.score(this.text, plan, hits, this.scores, this.capacity);
    const top = new TopK(req.offset + req.limit, this.comparator(req, plan !== null));
    forEachBit(hits, (slot) => top.offer(slot));
    const spec: HighlightSpec | null = plan ? { terms: plan.highlightTerms, phrases: plan.highlightPhrases } : null;
    const page = top.sorted().slice(req.offset);
    return {
      hits: page.map((slot) => ({
        id: this.ids[slot] ?? '',
        score: plan ? (this.scores[slot] ?? 0) : 1,
        highlights: this.highlights(slot, req.highlight, spec),
      })),
      total,
      facets: Object.fromEntries(tallies.map((t) => [t.field, labelled(t.column, t.counts)])),
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  private comparator(req: NormalizedRequest, scored: boolean): (a: number, b: number) => number {
    const ids = this.ids;
    const scores = this.scores;
    const relevance = (a: number, b: number): number => {
      if (scored) {
        const d = (scores[b] ?? 0) - (scores[a] ?? 0);
        if (d !== 0) return d;
      }
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

  facetSearch(field: string, query: string, filters: readonly Filter[]): FacetValueCount[] {
    const compiled = compileFilters(
      filters.filter((f) => f.field !== field),
      this.columns,
    );
    const column = this.columns.get(field) as ValueColumn;
    const counts = new Int32Array(column.size);
    forEachBit(this.alive, (slot) => {
      if (compiled.length === 0 || failedGroups(compiled, slot) === 0) column.count(slot, counts);
    });
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

function labelled(column: ValueColumn, counts: Int32Array): Record<string, number> {
  const out: Record<string, number> = {};
  counts.forEach((count, id) => {
    if (count > 0) out[column.labels[id] ?? ''] = count;
  });
  return out;
}

import { hasHan } from './tokenizer.js';
import { typoCost } from './typo.js';

/**
 * Occurrences of one term, as (doc, meta) pairs interleaved in one Int32Array. `meta` packs the
 * field rank and word position (`rank << 16 | position`). Documents only ever get larger numbers,
 * so pairs stay sorted by doc, then meta: phrase joins can merge two lists in one pass.
 */
export class PostingList {
  data = new Int32Array(4);
  length = 0;

  push(doc: number, meta: number): void {
    const at = this.length * 2;
    if (at + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at] = doc;
    this.data[at + 1] = meta;
    this.length += 1;
  }

  /**
   * Drops spare capacity after a write, keeping a quarter of headroom: trimming to the exact size
   * after every batch of a load made the next batch's first push copy the whole list again (a
   * common term's list was copied once per batch: most of a 200,000-record load went there).
   */
  trim(): void {
    const used = this.length * 2;
    if (this.data.length > used + (used >> 1) + 8) this.data = this.data.slice(0, used + (used >> 2) + 8);
  }
}

/** A term standing for a query word, with its typo/exactness cost. */
export interface TermMatch {
  id: number;
  /** `typos * 2 + (exact ? 0 : 1)`: lower is better. */
  cost: number;
  /** Characters to highlight from the start of the word; 0 means the whole word. */
  highlight: number;
}

interface Bucket {
  ids: number[];
  sorted: boolean;
}

/** Term dictionary and postings, with exact, prefix and typo-tolerant lookups. */
export class InvertedIndex {
  readonly terms: string[] = [];
  readonly postings: PostingList[] = [];
  private readonly ids = new Map<string, number>();
  // Terms bucketed by first UTF-16 unit and sorted lazily: a prefix lookup is a binary search.
  private readonly buckets = new Map<number, Bucket>();
  private readonly latinTerms: number[] = [];

  add(term: string, doc: number, meta: number): void {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.postings.push(new PostingList());
      const key = term.charCodeAt(0);
      const bucket = this.buckets.get(key);
      if (bucket) {
        bucket.ids.push(id);
        bucket.sorted = false;
      } else {
        this.buckets.set(key, { ids: [id], sorted: true });
      }
      if (!hasHan(term)) this.latinTerms.push(id);
    }
    this.postings[id]?.push(doc, meta);
  }

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  trim(): void {
    for (const p of this.postings) p.trim();
  }

  private sortedBucket(first: number): number[] {
    const bucket = this.buckets.get(first);
    if (!bucket) return [];
    if (!bucket.sorted) {
      const terms = this.terms;
      bucket.ids.sort((a, b) => ((terms[a] ?? '') < (terms[b] ?? '') ? -1 : 1));
      bucket.sorted = true;
    }
    return bucket.ids;
  }

  /** Ids of every term starting with `prefix` (including `prefix` itself). */
  prefixTermIds(prefix: string): number[] {
    if (prefix === '') return [];
    const ids = this.sortedBucket(prefix.charCodeAt(0));
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[ids[mid] ?? 0] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < ids.length; k++) {
      const id = ids[k] ?? 0;
      if (!(this.terms[id] ?? '').startsWith(prefix)) break;
      out.push(id);
    }
    return out;
  }

  /**
   * Terms that may stand for query word `word`: exact, then (for the last word) prefix, then
   * within the typo budget. Each term appears once with its lowest cost.
   */
  matchWord(word: string, prefix: boolean, budget: number): TermMatch[] {
    const best = new Map<number, TermMatch>();
    const offer = (id: number, cost: number, highlight: number): void => {
      const seen = best.get(id);
      if (!seen || cost < seen.cost) best.set(id, { id, cost, highlight });
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) offer(exact, 0, 0);
    if (prefix) for (const id of this.prefixTermIds(word)) if (id !== exact) offer(id, 1, word.length);
    if (budget > 0) {
      // Same first letter: the cheap case, and the only one a budget of one allows.
      for (const id of this.sortedBucket(word.charCodeAt(0))) {
        if (best.has(id)) continue;
        const typos = typoCost(word, this.terms[id] ?? '', budget, prefix);
        if (typos > 0) offer(id, typos * 2 + 1, 0);
      }
      if (budget >= 2) {
        const first = word.charCodeAt(0);
        for (const id of this.latinTerms) {
          const term = this.terms[id] ?? '';
          if (term.charCodeAt(0) === first || best.has(id)) continue;
          const typos = typoCost(word, term, budget, prefix);
          if (typos > 0) offer(id, typos * 2 + 1, 0);
        }
      }
    }
    return [...best.values()];
  }
}

import { andInto, type Bitset, createBitset, orInto, setBit } from './bitset.js';
import type { InvertedIndex, TermMatch } from './inverted-index.js';
import type { QueryCache } from './query-cache.js';
import { SynonymTable } from './synonym-table.js';
import { typoBudget } from './typo.js';

/**
 * One way to match query words `from..to`: a set of terms (the word itself, its prefixes, typos,
 * or a concatenation of neighbouring words) or a phrase (a synonym) whose words must be adjacent.
 */
export interface Alternative {
  /** Identifies what the alternative matches, for caching its document set. */
  key: string;
  from: number;
  to: number;
  terms: TermMatch[];
  phrase: number[] | null;
  /** Occurrences as interleaved (doc, meta) pairs; filled for phrases only. */
  occurrences: Int32Array | null;
}

export interface QueryPlan {
  words: string[];
  alternatives: Alternative[];
  /** Terms to highlight (term → characters to mark, 0 = all) and phrases to highlight. */
  highlightTerms: Map<string, number>;
  highlightPhrases: string[][];
}

// A concatenated pair or triple of query words is charged one typo, as in Meilisearch.
const CONCAT_COST = 3;
/** A synonym is no typo, but not the word typed either. */
export const SYNONYM_COST = 1;

/** Works out every alternative for each run of query words. */
export function planQuery(index: InvertedIndex, words: string[], synonyms: SynonymTable, cache: QueryCache): QueryPlan {
  const n = words.length;
  const alternatives: Alternative[] = [];
  const highlightTerms = new Map<string, number>();
  const highlightPhrases: string[][] = [];
  const noteTerms = (terms: TermMatch[]): void => {
    for (const t of terms) {
      const term = index.terms[t.id] ?? '';
      const prev = highlightTerms.get(term);
      if (prev === undefined || (prev !== 0 && (t.highlight === 0 || t.highlight > prev))) {
        highlightTerms.set(term, t.highlight);
      }
    }
  };
  for (let i = 0; i < n; i++) {
    const word = words[i] ?? '';
    const last = i === n - 1;
    const key = `w${last ? 'p' : 'e'}:${word}`;
    const terms = cache.getOrCompute(`t:${key}`, () => index.matchWord(word, last, typoBudget(word)));
    noteTerms(terms);
    alternatives.push({ key, from: i, to: i + 1, terms, phrase: null, occurrences: null });
    for (let len = 2; len <= 3 && i + len <= n; len++) {
      const joined = words.slice(i, i + len).join('');
      const ids = i + len === n ? index.prefixTermIds(joined) : [index.termId(joined)];
      const concat: TermMatch[] = [];
      for (const id of ids) {
        if (id !== undefined) concat.push({ id, cost: CONCAT_COST, highlight: 0 });
      }
      if (concat.length > 0) {
        noteTerms(concat);
        const key = `c${i + len === n ? 'p' : 'e'}:${joined}`;
        alternatives.push({ key, from: i, to: i + len, terms: concat, phrase: null, occurrences: null });
      }
    }
    for (let len = 1; len <= SynonymTable.MAX_KEY_WORDS && i + len <= n; len++) {
      for (const phraseTerms of synonyms.lookup(words, i, i + len)) {
        const ids = phraseTerms.map((t) => index.termId(t));
        if (ids.some((id) => id === undefined)) continue;
        highlightPhrases.push(phraseTerms);
        const phrase = ids as number[];
        const key = `p:${phrase.join(',')}`;
        const occurrences = cache.getOrCompute(`o:${key}`, () => phraseOccurrences(index, phrase));
        alternatives.push({ key, from: i, to: i + len, terms: [], phrase, occurrences });
      }
    }
  }
  return { words, alternatives, highlightTerms, highlightPhrases };
}

/** (doc, meta) of each place where the phrase's words follow one another in one field. */
function phraseOccurrences(index: InvertedIndex, phrase: number[]): Int32Array {
  const first = index.postings[phrase[0] ?? 0];
  let current = first ? first.data.slice(0, first.length * 2) : new Int32Array(0);
  for (let k = 1; k < phrase.length && current.length > 0; k++) {
    const next = index.postings[phrase[k] ?? 0];
    if (!next) return new Int32Array(0);
    const out = new Int32Array(current.length);
    let length = 0;
    const data = next.data;
    const end = next.length * 2;
    let j = 0;
    for (let c = 0; c < current.length; c += 2) {
      const doc = current[c] ?? 0;
      const want = (current[c + 1] ?? 0) + k;
      while (j < end && ((data[j] ?? 0) < doc || ((data[j] ?? 0) === doc && (data[j + 1] ?? 0) < want))) j += 2;
      if (j < end && data[j] === doc && data[j + 1] === want) {
        out[length++] = doc;
        out[length++] = current[c + 1] ?? 0;
      }
    }
    current = out.slice(0, length);
  }
  return current;
}

function alternativeDocs(index: InvertedIndex, alt: Alternative, bits: number): Bitset {
  const set = createBitset(bits);
  if (alt.occurrences) {
    const occ = alt.occurrences;
    for (let k = 0; k < occ.length; k += 2) setBit(set, occ[k] ?? 0);
    return set;
  }
  for (const t of alt.terms) {
    const posting = index.postings[t.id];
    if (!posting) continue;
    const data = posting.data;
    const end = posting.length * 2;
    for (let k = 0; k < end; k += 2) {
      const doc = data[k] ?? 0;
      set[doc >>> 5] = (set[doc >>> 5] ?? 0) | (1 << (doc & 31));
    }
  }
  return set;
}

/** Documents a query finds, and for a `last` query which of them match how many leading words. */
export interface Matching {
  docs: Bitset;
  /** `reach[j]`: documents matching words 0..j-1 (index 0 unused); null for an `all` query. */
  reach: (Bitset | null)[] | null;
}

/**
 * Documents in which every query word is matched by some alternative (Meilisearch's
 * `matchingStrategy: all`): reach[j] holds documents matching words 0..j, built left to right.
 * With `last`, documents matching only the first words count too (the union of every reach).
 */
export function matchingDocs(
  index: InvertedIndex,
  plan: QueryPlan,
  bits: number,
  cache: QueryCache,
  strategy: 'all' | 'last' = 'all',
): Matching {
  const n = plan.words.length;
  const reach: (Bitset | null)[] = new Array(n + 1).fill(null);
  for (let j = 1; j <= n; j++) {
    let acc: Bitset | null = null;
    for (const alt of plan.alternatives) {
      if (alt.to !== j) continue;
      const before = alt.from === 0 ? null : reach[alt.from];
      if (alt.from > 0 && !before) continue;
      const docs = cache.getOrCompute(`d:${alt.key}`, () => alternativeDocs(index, alt, bits)).slice();
      if (before) andInto(docs, before);
      if (acc) orInto(acc, docs);
      else acc = docs;
    }
    reach[j] = acc;
  }
  if (strategy === 'all' || n === 1) return { docs: reach[n] ?? createBitset(bits), reach: null };
  const docs = createBitset(bits);
  for (let j = 1; j <= n; j++) {
    const r = reach[j];
    if (r) orInto(docs, r);
  }
  return { docs, reach };
}

import { type Bitset, hasBit } from './bitset.js';
import type { InvertedIndex } from './inverted-index.js';
import { type QueryPlan, SYNONYM_COST } from './text-query.js';
import type { TopK } from './top-k.js';

const UNSET_COST = 255;
const UNSET_META = 0x7fffffff;
const FAR = 8;
// Mixed-radix packing of Meilisearch's rule order: typo, proximity, attribute, word position, exactness.
const R_PROX = 128;
const R_ATTR = 256;
const R_WPOS = 1024;
const R_EXACT = 16;
const MAX_TYPOS = 40;
/** Meilisearch reads ten query words; with `last`, up to nine of them may be missing. */
const MAX_MISSING = 10;
const MAX_PACKED = MAX_MISSING * MAX_TYPOS * R_PROX * R_ATTR * R_WPOS * R_EXACT;

/**
 * Scores matching documents by the best match found for each query word: with a `last` query first
 * more of the leading words matched, then fewer typos, then words closer together, then matches in
 * more important fields, earlier in the field, then exact words.
 */
export class RelevanceScorer {
  private costs: Uint8Array[] = [];
  private metas: Int32Array[] = [];

  private scratch(n: number, capacity: number): void {
    if ((this.costs[0]?.length ?? 0) < capacity) {
      this.costs = [];
      this.metas = [];
    }
    while (this.costs.length < n) {
      this.costs.push(new Uint8Array(capacity));
      this.metas.push(new Int32Array(capacity));
    }
  }

  /**
   * Writes a relevance in [0, 1] into `scores[doc]` for every doc in `hits`, offering each to `top`
   * as it goes (saving a second pass over what may be most of the index).
   */
  score(
    index: InvertedIndex,
    plan: QueryPlan,
    hits: Bitset,
    scores: Float64Array,
    capacity: number,
    top: TopK | null,
    reach: readonly (Bitset | null)[] | null = null,
  ): void {
    const n = plan.words.length;
    this.scratch(n, capacity);
    const costs = this.costs;
    const metas = this.metas;
    for (let p = 0; p < n; p++) {
      // Only hit documents are read back, so resetting whole arrays is cheaper than visiting bits.
      (costs[p] as Uint8Array).fill(UNSET_COST);
      (metas[p] as Int32Array).fill(UNSET_META);
    }
    for (const alt of plan.alternatives) {
      if (alt.occurrences) {
        const occ = alt.occurrences;
        for (let k = 0; k < occ.length; k += 2) {
          const doc = occ[k] ?? 0;
          if (hasBit(hits, doc)) this.offer(doc, occ[k + 1] ?? 0, alt.from, alt.to, SYNONYM_COST, true);
        }
        continue;
      }
      const single = alt.to - alt.from === 1;
      const pc = costs[alt.from] as Uint8Array;
      const pm = metas[alt.from] as Int32Array;
      for (const t of alt.terms) {
        const posting = index.postings[t.id];
        if (!posting) continue;
        const data = posting.data;
        const end = posting.length * 2;
        const cost = t.cost;
        let previous = -1;
        for (let k = 0; k < end; k += 2) {
          const doc = data[k] ?? 0;
          // A term's first occurrence in a document has its lowest meta: later ones cannot do better.
          if (doc === previous) continue;
          previous = doc;
          if (((hits[doc >>> 5] ?? 0) & (1 << (doc & 31))) === 0) continue;
          const meta = data[k + 1] ?? 0;
          if (!single) this.offer(doc, meta, alt.from, alt.to, cost, false);
          else if (better(cost, meta, pc[doc] ?? UNSET_COST, pm[doc] ?? UNSET_META)) {
            pc[doc] = cost;
            pm[doc] = meta;
          }
        }
      }
    }
    const c0 = costs[0] as Uint8Array;
    const m0 = metas[0] as Int32Array;
    for (let w = 0; w < hits.length; w++) {
      let bits = hits[w] ?? 0;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const doc = (w << 5) | (31 - Math.clz32(low));
        scores[doc] =
          n === 1 ? single(c0[doc] ?? 0, m0[doc] ?? 0) : this.relevance(doc, n, matchedWords(reach, doc, n));
        top?.consider(doc);
      }
    }
  }

  /** Records a match of query words from..to (a phrase's words sit at consecutive positions). */
  private offer(doc: number, meta: number, from: number, to: number, cost: number, phrase: boolean): void {
    for (let p = from; p < to; p++) {
      const c = p === from ? cost : 0;
      const m = phrase ? meta + (p - from) : meta;
      const pc = this.costs[p] as Uint8Array;
      const pm = this.metas[p] as Int32Array;
      if (better(c, m, pc[doc] ?? UNSET_COST, pm[doc] ?? UNSET_META)) {
        pc[doc] = c;
        pm[doc] = m;
      }
    }
  }

  /** Relevance over the first `m` of `n` query words (the ones a `last` query matched). */
  private relevance(doc: number, n: number, m: number): number {
    let typos = 0;
    let proximity = 0;
    let attribute = 0;
    let wordPosition = 0;
    let inexact = 0;
    let prevMeta = -1;
    for (let p = 0; p < m; p++) {
      const c = (this.costs[p] as Uint8Array)[doc] ?? 0;
      const m = (this.metas[p] as Int32Array)[doc] ?? 0;
      typos += c >> 1;
      inexact += c & 1;
      attribute += m >>> 16;
      wordPosition += Math.min(m & 0xffff, 100);
      if (p > 0) proximity += distance(prevMeta, m);
      prevMeta = m;
    }
    return pack(n - m, typos, proximity, attribute, wordPosition, inexact);
  }
}

/** How many leading words the document matched: every one for an `all` query. */
function matchedWords(reach: readonly (Bitset | null)[] | null, doc: number, n: number): number {
  if (!reach) return n;
  for (let j = n; j > 1; j--) {
    const r = reach[j];
    if (r && hasBit(r, doc)) return j;
  }
  return 1;
}

/** Rule order for one word's match: fewer typos, then the more important field and earlier word, then exact. */
function better(cost: number, meta: number, curCost: number, curMeta: number): boolean {
  const typos = cost >> 1;
  const curTypos = curCost >> 1;
  if (typos !== curTypos) return typos < curTypos;
  if (meta !== curMeta) return meta < curMeta;
  return (cost & 1) < (curCost & 1);
}

function pack(
  missing: number,
  typos: number,
  proximity: number,
  attribute: number,
  wordPosition: number,
  inexact: number,
): number {
  const packed =
    ((((Math.min(missing, MAX_MISSING - 1) * MAX_TYPOS + Math.min(typos, MAX_TYPOS - 1)) * R_PROX +
      Math.min(proximity, R_PROX - 1)) *
      R_ATTR +
      Math.min(attribute, R_ATTR - 1)) *
      R_WPOS +
      Math.min(wordPosition, R_WPOS - 1)) *
      R_EXACT +
    Math.min(inexact, R_EXACT - 1);
  return 1 - packed / MAX_PACKED;
}

/** The one-word case, by far the most common, without the per-word loop. */
function single(cost: number, meta: number): number {
  return pack(0, cost >> 1, 0, meta >>> 16, Math.min(meta & 0xffff, 100), cost & 1);
}

/** Meilisearch-style proximity: 1 for neighbours in order, more when apart or reversed, 8 across fields. */
function distance(a: number, b: number): number {
  if (a >>> 16 !== b >>> 16) return FAR;
  const d = (b & 0xffff) - (a & 0xffff);
  if (d === 0) return 1;
  return d > 0 ? Math.min(d, FAR) : Math.min(1 - d, FAR);
}

import { type Bitset, forEachBit, hasBit } from './bitset.js';
import type { InvertedIndex } from './inverted-index.js';
import type { QueryPlan } from './text-query.js';

const UNSET_COST = 255;
const UNSET_META = 0x7fffffff;
const FAR = 8;
// Mixed-radix packing of Meilisearch's rule order: typo, proximity, attribute, word position, exactness.
const R_PROX = 128;
const R_ATTR = 256;
const R_WPOS = 1024;
const R_EXACT = 16;
const MAX_TYPOS = 40;
const MAX_PACKED = MAX_TYPOS * R_PROX * R_ATTR * R_WPOS * R_EXACT;

/**
 * Scores matching documents by the best match found for each query word: fewer typos, then words
 * closer together, then matches in more important fields, earlier in the field, then exact words.
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

  /** Writes a relevance in [0, 1] into `scores[doc]` for every doc in `hits`. */
  score(index: InvertedIndex, plan: QueryPlan, hits: Bitset, scores: Float64Array, capacity: number): void {
    const n = plan.words.length;
    this.scratch(n, capacity);
    const costs = this.costs;
    const metas = this.metas;
    forEachBit(hits, (doc) => {
      for (let p = 0; p < n; p++) {
        (costs[p] as Uint8Array)[doc] = UNSET_COST;
        (metas[p] as Int32Array)[doc] = UNSET_META;
      }
    });
    const offer = (doc: number, meta: number, from: number, to: number, cost: number, phrase: boolean): void => {
      for (let p = from; p < to; p++) {
        const c = p === from ? cost : 0;
        const m = phrase ? meta + (p - from) : meta;
        const pc = costs[p] as Uint8Array;
        const pm = metas[p] as Int32Array;
        const cur = pc[doc] ?? UNSET_COST;
        if (c < cur || (c === cur && m < (pm[doc] ?? UNSET_META))) {
          pc[doc] = c;
          pm[doc] = m;
        }
      }
    };
    for (const alt of plan.alternatives) {
      if (alt.occurrences) {
        const occ = alt.occurrences;
        for (let k = 0; k < occ.length; k += 2) {
          const doc = occ[k] ?? 0;
          if (hasBit(hits, doc)) offer(doc, occ[k + 1] ?? 0, alt.from, alt.to, 1, true);
        }
        continue;
      }
      for (const t of alt.terms) {
        const posting = index.postings[t.id];
        if (!posting) continue;
        const data = posting.data;
        const end = posting.length * 2;
        for (let k = 0; k < end; k += 2) {
          const doc = data[k] ?? 0;
          if (((hits[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0) {
            offer(doc, data[k + 1] ?? 0, alt.from, alt.to, t.cost, false);
          }
        }
      }
    }
    forEachBit(hits, (doc) => {
      let typos = 0;
      let proximity = 0;
      let attribute = 0;
      let wordPosition = 0;
      let inexact = 0;
      let prevMeta = -1;
      for (let p = 0; p < n; p++) {
        const c = (costs[p] as Uint8Array)[doc] ?? 0;
        const m = (metas[p] as Int32Array)[doc] ?? 0;
        typos += c >> 1;
        inexact += c & 1;
        attribute += m >>> 16;
        wordPosition += Math.min(m & 0xffff, 100);
        if (p > 0) proximity += distance(prevMeta, m);
        prevMeta = m;
      }
      const packed =
        (((Math.min(typos, MAX_TYPOS - 1) * R_PROX + Math.min(proximity, R_PROX - 1)) * R_ATTR +
          Math.min(attribute, R_ATTR - 1)) *
          R_WPOS +
          Math.min(wordPosition, R_WPOS - 1)) *
          R_EXACT +
        Math.min(inexact, R_EXACT - 1);
      scores[doc] = 1 - packed / MAX_PACKED;
    });
  }
}

/** Meilisearch-style proximity: 1 for neighbours in order, more when apart or reversed, 8 across fields. */
function distance(a: number, b: number): number {
  if (a >>> 16 !== b >>> 16) return FAR;
  const d = (b & 0xffff) - (a & 0xffff);
  if (d === 0) return 1;
  return d > 0 ? Math.min(d, FAR) : Math.min(1 - d, FAR);
}

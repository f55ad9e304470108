import { hasHan } from './tokenizer.js';

/** Meilisearch's defaults: one typo from 5 characters, two from 9. */
export const ONE_TYPO_MIN_LENGTH = 5;
export const TWO_TYPOS_MIN_LENGTH = 9;

/**
 * How many typos a query word may carry. Chinese words get none: a one-character change there is
 * a different word, not a slip of the finger.
 */
export function typoBudget(word: string, oneTypo = ONE_TYPO_MIN_LENGTH, twoTypos = TWO_TYPOS_MIN_LENGTH): number {
  if (hasHan(word)) return 0;
  const length = [...word].length;
  if (length >= twoTypos) return 2;
  if (length >= oneTypo) return 1;
  return 0;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

function ensureRows(n: number): void {
  if (rowA.length >= n) return;
  rowA = new Int32Array(n * 2);
  rowB = new Int32Array(n * 2);
  rowC = new Int32Array(n * 2);
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: a swap of neighbours costs 1) between
 * `query` and `term`, or between `query` and the closest prefix of `term` when `prefix` is set.
 * Returns `max + 1` as soon as the distance must exceed `max`.
 */
export function editDistance(query: string, term: string, max: number, prefix: boolean): number {
  const m = query.length;
  const n = term.length;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  ensureRows(m + 1);
  // prev2 = row j-2, prev = row j-1, cur = row j, indexed by i in 0..m (characters of the query used).
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prefix ? (prev[m] ?? m) : max + 1;
  let hopeless = false;
  for (let j = 1; j <= n; j++) {
    const tj = term.charCodeAt(j - 1);
    cur[0] = j;
    let rowMin = j;
    for (let i = 1; i <= m; i++) {
      const qi = query.charCodeAt(i - 1);
      const substitution = (prev[i - 1] ?? 0) + (qi === tj ? 0 : 1);
      let d = Math.min((prev[i] ?? 0) + 1, (cur[i - 1] ?? 0) + 1, substitution);
      if (i > 1 && j > 1 && qi === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tj) {
        d = Math.min(d, (prev2[i - 2] ?? 0) + 1);
      }
      cur[i] = d;
      if (d < rowMin) rowMin = d;
    }
    if (prefix && (cur[m] ?? 0) < best) best = cur[m] ?? 0;
    // A transposition reaches two rows back, so stop only when this row and the previous are hopeless.
    if (rowMin > max && j > 1 && minOf(prev, m) > max) {
      hopeless = true;
      break;
    }
    const spare = prev2;
    prev2 = prev;
    prev = cur;
    cur = spare;
  }
  if (!prefix) best = hopeless ? max + 1 : (prev[m] ?? max + 1);
  return Math.min(best, max + 1);
}

function minOf(row: Int32Array, m: number): number {
  let min = Number.MAX_SAFE_INTEGER;
  for (let i = 0; i <= m; i++) min = Math.min(min, row[i] ?? 0);
  return min;
}

/**
 * The typos charged when `term` stands for query word `word`, or -1 when it may not. As in
 * Meilisearch, a different first character costs two typos, so it needs a budget of two.
 */
export function typoCost(word: string, term: string, budget: number, prefix: boolean): number {
  if (budget === 0) return -1;
  if (term.charCodeAt(0) === word.charCodeAt(0)) {
    const d = editDistance(word, term, budget, prefix);
    return d <= budget ? d : -1;
  }
  if (budget < 2) return -1;
  return editDistance(word, term, 1, prefix) <= 1 ? 2 : -1;
}

/**
 * Complementary (secondary) suppression over the linear relations a report publishes.
 *
 * A report's counts are tied together by sums: every breakdown table's demand column adds up to
 * the headline demand D (the same total in every table), additive supply columns to S, the
 * domain × district cells of the shortage ranking to the domain and district rows. Primary
 * suppression hides counts of 1 … m − 1 (m = minCell); a reader who knows the relations could
 * still solve for a hidden count (a column with exactly one hidden cell gives it away).
 *
 * Protection interval (our rule, the frequency-table version of the ONS / Eurostat "protection
 * level"): a hidden count of 1 … m − 1 must stay anywhere in [1, m − 1] for a reader who uses
 * everything published — the marks included ("<5" means 1 … m − 1; an "x" cell, being a non-zero
 * count that is not small, is at least m). In other words, the reader learns no more than "<5".
 *
 * Method: interval propagation over the relations from what a reader knows (published values
 * exactly, "<5" as [1, m − 1], "x" as [m, ∞), a cell left out as [0, ∞)) to a fixed point; while
 * a protected count is narrowed, suppress one more cell in the relation that narrowed it — the
 * smallest eligible published non-zero cell that can absorb the full protection range (value ≥
 * 2m − 2), else the largest; inner cells before margins, ties by the order the cells were added;
 * where that relation has no such cell, the relations that narrowed its other hidden cells —
 * and propagate again. Deterministic: the same values always give the same pattern.
 * The attacker test (`suppression.test.ts`) checks the result with an exact LP, which is at
 * least as strong as this propagation.
 */

export type ItemState = 'published' | 'primary' | 'secondary' | 'hidden';

export interface SuppressionItem {
  /** The true value (a count, ≥ 0). */
  value: number;
  state: ItemState;
  /** May be suppressed to protect another cell (a published count; never an unpublished remainder). */
  eligible: boolean;
  /** Cost class: 0 for an inner cell, higher for margins (chosen only when no cheaper cell can). */
  rank: number;
  /** The value must not be narrowed below the protection interval (a hidden 1 … m − 1). */
  protect: boolean;
  /**
   * When not published, what a reader knows of it: `marked` (shown with its mark: "<5" → [1, m − 1],
   * "x" → [m, ∞)) or `omitted` (left out with no mark, e.g. a shortage-ranking cell: [0, ∞)).
   */
  unpublished: 'marked' | 'omitted';
}

/** Σ coef · x (= | ≤) 0 over item indices. */
export interface Relation {
  terms: ReadonlyArray<readonly [number, 1 | -1]>;
  kind: 'eq' | 'le';
}

/** What a reader knows of each item before using the relations. */
export function priorBounds(items: readonly SuppressionItem[], minCell: number): { lo: number[]; hi: number[] } {
  const lo: number[] = [];
  const hi: number[] = [];
  for (const it of items) {
    if (it.state === 'published') {
      lo.push(it.value);
      hi.push(it.value);
    } else if (it.unpublished === 'omitted') {
      lo.push(0);
      hi.push(Number.POSITIVE_INFINITY);
    } else if (it.state === 'primary') {
      lo.push(1);
      hi.push(minCell - 1);
    } else if (it.state === 'secondary') {
      lo.push(minCell);
      hi.push(Number.POSITIVE_INFINITY);
    } else {
      lo.push(0);
      hi.push(Number.POSITIVE_INFINITY);
    }
  }
  return { lo, hi };
}

export interface Propagation {
  lo: number[];
  hi: number[];
  /** Per item, the relation that last narrowed it (−1: none). */
  why: number[];
}

/**
 * Interval propagation to a fixed point (or `maxSweeps`): each relation bounds each of its terms by
 * the others' bounds. Sound: the true values always stay inside the bounds.
 */
export function propagate(
  items: readonly SuppressionItem[],
  relations: readonly Relation[],
  minCell: number,
  maxSweeps = 200,
): Propagation {
  const { lo, hi } = priorBounds(items, minCell);
  const why = new Array<number>(items.length).fill(-1);
  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let changed = false;
    relations.forEach((rel, r) => {
      // Minimum and maximum of Σ coef·x, counting infinite parts separately.
      let minSum = 0;
      let minInf = 0;
      let maxSum = 0;
      let maxInf = 0;
      for (const [i, c] of rel.terms) {
        const a = c > 0 ? (lo[i] as number) : -(hi[i] as number);
        const b = c > 0 ? (hi[i] as number) : -(lo[i] as number);
        if (a === Number.NEGATIVE_INFINITY) minInf++;
        else minSum += a;
        if (b === Number.POSITIVE_INFINITY) maxInf++;
        else maxSum += b;
      }
      for (const [i, c] of rel.terms) {
        const a = c > 0 ? (lo[i] as number) : -(hi[i] as number);
        const b = c > 0 ? (hi[i] as number) : -(lo[i] as number);
        // c·x ≤ −(min of the others)
        const othersMinInf = minInf - (a === Number.NEGATIVE_INFINITY ? 1 : 0);
        if (othersMinInf === 0) {
          const bound = -(minSum - (a === Number.NEGATIVE_INFINITY ? 0 : a));
          if (c > 0 && Math.floor(bound) < (hi[i] as number)) {
            hi[i] = Math.floor(bound);
            why[i] = r;
            changed = true;
          } else if (c < 0 && Math.ceil(-bound) > (lo[i] as number)) {
            lo[i] = Math.ceil(-bound);
            why[i] = r;
            changed = true;
          }
        }
        if (rel.kind === 'eq') {
          // c·x ≥ −(max of the others)
          const othersMaxInf = maxInf - (b === Number.POSITIVE_INFINITY ? 1 : 0);
          if (othersMaxInf === 0) {
            const bound = -(maxSum - (b === Number.POSITIVE_INFINITY ? 0 : b));
            if (c > 0 && Math.ceil(bound) > (lo[i] as number)) {
              lo[i] = Math.ceil(bound);
              why[i] = r;
              changed = true;
            } else if (c < 0 && Math.floor(-bound) < (hi[i] as number)) {
              hi[i] = Math.floor(-bound);
              why[i] = r;
              changed = true;
            }
          }
        }
      }
    });
    if (!changed) break;
  }
  return { lo, hi, why };
}

/** True when a reader's bounds for a protected item cover the whole protection interval [1, m − 1]. */
export const isProtected = (lo: number, hi: number, minCell: number) => lo <= 1 && hi >= minCell - 1;

/**
 * Adds secondary suppressions (state `secondary`) until every protected item is protected, and
 * returns the items (a copy) with the protected items no published cell could protect (`exposed`;
 * the caller withholds more).
 */
export function complementarySuppression(
  input: readonly SuppressionItem[],
  relations: readonly Relation[],
  minCell: number,
): { items: SuppressionItem[]; exposed: number[] } {
  const items = input.map((it) => ({ ...it }));
  const byItem: number[][] = items.map(() => []);
  relations.forEach((rel, r) => {
    for (const [i] of rel.terms) byItem[i]?.push(r);
  });
  const enough = 2 * minCell - 2;
  const candidates = (r: number) =>
    (relations[r]?.terms ?? [])
      .map(([i]) => i)
      .filter((i) => {
        const it = items[i] as SuppressionItem;
        return it.state === 'published' && it.eligible && it.value > 0;
      });
  const better = (x: number, y: number) => {
    const a = items[x] as SuppressionItem;
    const b = items[y] as SuppressionItem;
    if (a.rank !== b.rank) return a.rank < b.rank;
    const ea = a.value >= enough;
    const eb = b.value >= enough;
    if (ea !== eb) return ea;
    if (a.value !== b.value) return ea ? a.value < b.value : a.value > b.value;
    return x < y;
  };
  const gaveUp = new Set<number>();
  for (let guard = 0; guard <= items.length; guard++) {
    const { lo, hi, why } = propagate(items, relations, minCell);
    const exposed = items.findIndex(
      (it, i) =>
        it.protect &&
        it.state !== 'published' &&
        !gaveUp.has(i) &&
        !isProtected(lo[i] as number, hi[i] as number, minCell),
    );
    if (exposed < 0) break;
    // The relation that narrowed it first, then its other relations; where none has a cell to
    // hide, the relations that narrowed that relation's other hidden terms (breadth first).
    const queue = [why[exposed] as number, ...(byItem[exposed] ?? [])].filter((r) => r >= 0);
    const seenRel = new Set<number>();
    const seenItem = new Set<number>([exposed]);
    let pick = -1;
    while (queue.length > 0 && pick < 0) {
      const r = queue.shift() as number;
      if (seenRel.has(r)) continue;
      seenRel.add(r);
      for (const i of candidates(r)) if (pick < 0 || better(i, pick)) pick = i;
      if (pick >= 0) break;
      for (const [i] of relations[r]?.terms ?? []) {
        if (seenItem.has(i) || (items[i] as SuppressionItem).state === 'published') continue;
        seenItem.add(i);
        if ((why[i] as number) >= 0) queue.push(why[i] as number);
        queue.push(...(byItem[i] ?? []));
      }
    }
    if (pick < 0) {
      gaveUp.add(exposed);
      continue;
    }
    (items[pick] as SuppressionItem).state = 'secondary';
  }
  return { items, exposed: [...gaveUp] };
}

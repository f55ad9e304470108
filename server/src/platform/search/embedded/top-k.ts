/** A cheap ordering the heap may use to reject documents: `sign * key`, then `tie`, lower first. */
export interface QuickKey {
  key: Float64Array;
  sign: number;
  tie: Float64Array | null;
}

/**
 * Keeps the best `k` documents seen, in O(n log k): a binary heap with the worst kept document at
 * the root, so most candidates are rejected with one comparison. `compare(a, b) < 0` means a first.
 */
export class TopK {
  private readonly heap: number[] = [];
  private rootKey = Number.NaN;
  private rootTie = Number.NaN;

  /** `quick` must never rank a document better than `compare` does. */
  constructor(
    private readonly k: number,
    private readonly compare: (a: number, b: number) => number,
    private readonly quick: QuickKey | null = null,
  ) {}

  /** Offers a document, first rejecting it by the quick key when it is plainly worse than the root. */
  consider(doc: number): void {
    const quick = this.quick;
    if (quick && this.heap.length === this.k) {
      const key = quick.sign * (quick.key[doc] ?? 0);
      if (key > this.rootKey) return;
      if (key === this.rootKey && quick.tie && (quick.tie[doc] ?? 0) > this.rootTie) return;
    }
    this.offer(doc);
    if (quick && this.heap.length === this.k) {
      const root = this.heap[0] ?? 0;
      this.rootKey = quick.sign * (quick.key[root] ?? 0);
      this.rootTie = quick.tie ? (quick.tie[root] ?? 0) : Number.NaN;
    }
  }

  /** Considers every document of a bitset. */
  considerAll(bits: Uint32Array): void {
    for (let w = 0; w < bits.length; w++) {
      let word = bits[w] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        word ^= low;
        this.consider((w << 5) | (31 - Math.clz32(low)));
      }
    }
  }

  offer(doc: number): void {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push(doc);
      this.up(heap.length - 1);
    } else if (this.k > 0 && this.compare(doc, heap[0] ?? 0) < 0) {
      heap[0] = doc;
      this.down(0);
    }
  }

  /** The kept documents, best first. */
  sorted(): number[] {
    return [...this.heap].sort(this.compare);
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(heap[i] ?? 0, heap[parent] ?? 0) <= 0) return;
      [heap[i], heap[parent]] = [heap[parent] ?? 0, heap[i] ?? 0];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.compare(heap[l] ?? 0, heap[worst] ?? 0) > 0) worst = l;
      if (r < n && this.compare(heap[r] ?? 0, heap[worst] ?? 0) > 0) worst = r;
      if (worst === i) return;
      [heap[i], heap[worst]] = [heap[worst] ?? 0, heap[i] ?? 0];
      i = worst;
    }
  }
}

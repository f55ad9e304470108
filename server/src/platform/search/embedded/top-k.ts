/**
 * Keeps the best `k` documents seen, in O(n log k): a binary heap with the worst kept document at
 * the root, so most candidates are rejected with one comparison. `compare(a, b) < 0` means a first.
 */
export class TopK {
  private readonly heap: number[] = [];

  constructor(
    private readonly k: number,
    private readonly compare: (a: number, b: number) => number,
  ) {}

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

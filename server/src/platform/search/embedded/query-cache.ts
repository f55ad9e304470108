/**
 * Remembers per-term work (document sets, phrase positions) until the index changes. Popular words
 * such as 社工 occur in most documents; recomputing their sets on every request is the slow path.
 */
export class QueryCache {
  private readonly entries = new Map<string, unknown>();

  constructor(
    private readonly enabled: boolean,
    private readonly maxEntries = 256,
  ) {}

  /** Forgets everything: call on every write to the index. */
  invalidate(): void {
    if (this.entries.size > 0) this.entries.clear();
  }

  getOrCompute<T>(key: string, compute: () => T): T {
    if (!this.enabled) return compute();
    const hit = this.entries.get(key) as T | undefined;
    if (hit !== undefined) {
      // Re-insert to keep the Map's order least-recently-used first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
    return value;
  }
}

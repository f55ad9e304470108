import type {
  FacetValueCount,
  Filter,
  IndexDefinition,
  SearchDocument,
  SearchEngine,
  SearchRequest,
  SearchResult,
} from '../search-engine.js';
import {
  assertDocumentId,
  validateDefinition,
  validateFacetField,
  validateFilters,
  validateRequest,
} from '../search-validation.js';
import { EmbeddedIndex } from './embedded-index.js';

/** Documents indexed between two yields to the event loop, so a rebuild never stalls requests for long. */
const CHUNK = 2_000;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The in-process engine: an inverted index with typo tolerance plus columnar filters and facets,
 * rebuilt from the database at start-up. Writes apply one at a time, in order; a large upsert yields
 * to the event loop between chunks, so a search meanwhile may see part of it. Documents are kept by
 * reference (for highlights and rebuilds): do not mutate them after an upsert.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = 'embedded';
  private readonly indexes = new Map<string, EmbeddedIndex>();
  // One write at a time per engine, so an upsert split across event-loop turns is never interleaved.
  private writes: Promise<unknown> = Promise.resolve();

  /**
   * `queryCache: false` recomputes every term's document set on every search (for cold
   * benchmarks); `resultCache: false` recomputes whole answers (both on by default).
   */
  constructor(private readonly options: { queryCache?: boolean; resultCache?: boolean } = {}) {}

  private index(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (!index) throw new Error(`search: index ${JSON.stringify(name)} does not exist; call ensureIndex first`);
    return index;
  }

  private write<T>(task: () => Promise<T> | T): Promise<T> {
    const run = this.writes.then(task, task);
    this.writes = run.catch(() => undefined);
    return run;
  }

  async ensureIndex(def: IndexDefinition): Promise<void> {
    validateDefinition(def);
    await this.write(async () => {
      const existing = this.indexes.get(def.name);
      if (existing && JSON.stringify(existing.def) === JSON.stringify(def)) return;
      const fresh = new EmbeddedIndex(structuredClone(def), this.options);
      this.indexes.set(def.name, fresh);
      if (existing) await this.load(fresh, existing.liveDocuments());
    });
  }

  private async load(index: EmbeddedIndex, docs: readonly SearchDocument[]): Promise<void> {
    for (let i = 0; i < docs.length; i += CHUNK) {
      if (i > 0) await yieldToEventLoop();
      for (const doc of docs.slice(i, i + CHUNK)) index.add(doc);
    }
    index.trim();
  }

  async upsert(name: string, docs: readonly SearchDocument[]): Promise<void> {
    this.index(name);
    for (const doc of docs) assertDocumentId(doc.id);
    await this.write(async () => {
      await this.load(this.index(name), docs);
      this.compactIfWasteful(name);
    });
  }

  async delete(name: string, ids: readonly string[]): Promise<void> {
    this.index(name);
    await this.write(() => {
      const index = this.index(name);
      for (const id of ids) index.remove(id);
      this.compactIfWasteful(name);
    });
  }

  async clear(name: string): Promise<void> {
    const def = this.index(name).def;
    await this.write(() => {
      this.indexes.set(name, new EmbeddedIndex(def, this.options));
    });
  }

  private compactIfWasteful(name: string): void {
    const index = this.index(name);
    if (!index.wasteful) return;
    const fresh = new EmbeddedIndex(index.def, this.options);
    for (const doc of index.liveDocuments()) fresh.add(doc);
    fresh.trim();
    this.indexes.set(name, fresh);
  }

  async search(name: string, req: SearchRequest): Promise<SearchResult> {
    const index = this.index(name);
    return index.search(validateRequest(index.def, req));
  }

  async facetSearch(
    name: string,
    field: string,
    query: string,
    filters: readonly Filter[],
  ): Promise<FacetValueCount[]> {
    const index = this.index(name);
    validateFacetField(index.def, field);
    validateFilters(index.def, filters);
    return index.facetSearch(field, query, filters);
  }

  async count(name: string): Promise<number> {
    return this.index(name).count;
  }

  async health(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    await this.writes;
    this.indexes.clear();
  }
}

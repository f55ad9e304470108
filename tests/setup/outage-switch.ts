import {
  type FacetValueCount,
  type Filter,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
  SearchUnavailableError,
} from '@shsw/server/platform/search/index';

/**
 * The real engine behind a switch that simulates the search service going away (a network
 * outage of a separate Meilisearch host): while `down`, every call fails the way an unreachable
 * engine does. Everything else — outbox, health, the 503 — is the platform's own code.
 */
export class OutageSwitch implements SearchEngine {
  down = false;

  constructor(private readonly inner: SearchEngine) {}

  get kind() {
    return this.inner.kind;
  }

  private guard(): void {
    if (this.down) throw new SearchUnavailableError('connect ECONNREFUSED (simulated outage)');
  }

  async ensureIndex(def: IndexDefinition) {
    this.guard();
    return this.inner.ensureIndex(def);
  }
  async upsert(index: string, docs: readonly SearchDocument[]) {
    this.guard();
    return this.inner.upsert(index, docs);
  }
  async delete(index: string, ids: readonly string[]) {
    this.guard();
    return this.inner.delete(index, ids);
  }
  async clear(index: string) {
    this.guard();
    return this.inner.clear(index);
  }
  async search(index: string, req: SearchRequest): Promise<SearchResult> {
    this.guard();
    return this.inner.search(index, req);
  }
  async facetSearch(
    index: string,
    field: string,
    query: string,
    filters: readonly Filter[],
  ): Promise<FacetValueCount[]> {
    this.guard();
    return this.inner.facetSearch(index, field, query, filters);
  }
  async count(index: string) {
    this.guard();
    return this.inner.count(index);
  }
  async health() {
    return !this.down && (await this.inner.health());
  }
  close() {
    return this.inner.close();
  }
}

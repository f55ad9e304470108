import {
  type EnqueuedTaskPromise,
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  MeilisearchTaskTimeOutError,
  type MultiSearchParams,
  type RecordAny,
  type Task,
} from 'meilisearch';
import {
  type FacetValueCount,
  type Filter,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
  type SearchRequest,
  type SearchResult,
  SearchUnavailableError,
} from '../search-engine.js';
import {
  assertDocumentId,
  validateDefinition,
  validateFacetField,
  validateFilters,
  validateRequest,
} from '../search-validation.js';
import { buildFilter } from './meilisearch-filter.js';
import { nodeHttpClient } from './meilisearch-http.js';
import { buildSearchPlan, readSearchResults } from './meilisearch-query.js';
import {
  buildSettings,
  DEFAULT_SETTINGS_OPTIONS,
  type MeilisearchSettingsOptions,
  SEARCH_LOCALES,
} from './meilisearch-settings.js';

export interface MeilisearchEngineOptions {
  host: string;
  apiKey?: string;
  /** Prepended to every index name (tests use a unique one per run). */
  indexPrefix?: string;
  requestTimeoutMs?: number;
  /** How long to wait for an indexing task before giving up (the write is retried by the caller). */
  taskTimeoutMs?: number;
  /** Documents per indexing request (Meilisearch refuses payloads over 100 MB by default). */
  batchSize?: number;
  settings?: MeilisearchSettingsOptions;
  /**
   * Told after every search how long it took here (request, answer, reading it) and how long
   * Meilisearch says it worked (the sum of its `processingTimeMs`): benchmarks compare the two.
   */
  observe?: (timing: { ms: number; processingTimeMs: number }) => void;
}

/**
 * Ask Meilisearch for uncompressed answers. Node's fetch offered `gzip, deflate`; Meilisearch then
 * streams a compressed, chunked body and writes the head and the body in two sends on a socket
 * without TCP_NODELAY, so the body waits for the client to acknowledge the head, which the
 * client's kernel delays by ~40 ms (delayed ACK): every answer over ~1 KB took 45–50 ms. An
 * uncompressed answer has a Content-Length and goes out in one send. The app and Meilisearch sit
 * on one host or one private network, where compressing costs more than it saves.
 * tests/integration/search-meilisearch-transport.test.ts keeps it so.
 */
export const UNCOMPRESSED = { 'Accept-Encoding': 'identity' } as const;

const UID = /^[A-Za-z0-9_-]{1,400}$/;
const MAX_FACET_HITS = 100;

/** Connection failures, timeouts and 5xx answers mean "unavailable"; anything else is a bug to surface. */
export function mapMeilisearchError(err: unknown): Error {
  if (err instanceof SearchUnavailableError) return err;
  // The client wraps whatever its httpClient throws; an answer Meilisearch gave is inside.
  if (err instanceof MeilisearchRequestError && err.cause instanceof MeilisearchApiError) {
    return mapMeilisearchError(err.cause);
  }
  if (
    err instanceof MeilisearchRequestError ||
    err instanceof MeilisearchRequestTimeOutError ||
    err instanceof MeilisearchTaskTimeOutError ||
    (err instanceof MeilisearchApiError && err.response.status >= 500)
  ) {
    return new SearchUnavailableError('the search service is unavailable', { cause: err });
  }
  if (err instanceof MeilisearchApiError) {
    const detail = err.cause ? `${err.cause.code}: ${err.cause.message}` : err.message;
    return new Error(`search: Meilisearch refused the request (${detail})`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** The Meilisearch adapter: settings from the definition, every task awaited and checked. */
export class MeilisearchSearchEngine implements SearchEngine {
  readonly kind = 'meilisearch';
  private readonly client: Meilisearch;
  private readonly http: ReturnType<typeof nodeHttpClient>;
  private readonly defs = new Map<string, IndexDefinition>();

  constructor(private readonly options: MeilisearchEngineOptions) {
    this.http = nodeHttpClient(options.host);
    this.client = new Meilisearch({
      host: options.host,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 10_000,
      requestInit: { headers: UNCOMPRESSED },
      httpClient: this.http.httpClient,
    });
  }

  private uid(name: string): string {
    const uid = `${this.options.indexPrefix ?? ''}${name}`;
    if (!UID.test(uid)) throw new Error(`search: index uid ${JSON.stringify(uid)} is not allowed`);
    return uid;
  }

  private def(name: string): IndexDefinition {
    const def = this.defs.get(name);
    if (!def) throw new Error(`search: index ${JSON.stringify(name)} is not set up; call ensureIndex first`);
    return def;
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (err) {
      throw mapMeilisearchError(err);
    }
  }

  /** Enqueues a task and waits for it; `waitTask` resolves on failure too, so the status is checked here. */
  private async runTask(what: string, enqueue: () => EnqueuedTaskPromise, tolerated?: string): Promise<Task> {
    const task = await this.call(() =>
      enqueue().waitTask({ timeout: this.options.taskTimeoutMs ?? 120_000, interval: 50 }),
    );
    if (task.status === 'succeeded') return task;
    if (task.status === 'failed' && tolerated !== undefined && task.error?.code === tolerated) return task;
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : 'no error given';
    throw new Error(`search: Meilisearch task ${task.uid} (${what}) ${task.status}: ${reason}`);
  }

  async ensureIndex(def: IndexDefinition): Promise<void> {
    validateDefinition(def);
    const uid = this.uid(def.name);
    await this.runTask(
      'create index',
      () => this.client.createIndex(uid, { primaryKey: 'id' }),
      'index_already_exists',
    );
    const settings = buildSettings(def, this.options.settings ?? DEFAULT_SETTINGS_OPTIONS);
    await this.runTask('update settings', () => this.client.index(uid).updateSettings(settings));
    this.defs.set(def.name, structuredClone(def));
  }

  async upsert(name: string, docs: readonly SearchDocument[]): Promise<void> {
    this.def(name);
    for (const doc of docs) assertDocumentId(doc.id);
    const index = this.client.index<RecordAny>(this.uid(name));
    const size = this.options.batchSize ?? 10_000;
    for (let i = 0; i < docs.length; i += size) {
      const batch: RecordAny[] = docs.slice(i, i + size);
      // addDocuments replaces whole documents (updateDocuments would merge fields).
      await this.runTask('add documents', () => index.addDocuments(batch, { primaryKey: 'id' }));
    }
  }

  async delete(name: string, ids: readonly string[]): Promise<void> {
    this.def(name);
    if (ids.length === 0) return;
    const index = this.client.index(this.uid(name));
    await this.runTask('delete documents', () => index.deleteDocuments([...ids]));
  }

  async clear(name: string): Promise<void> {
    this.def(name);
    const index = this.client.index(this.uid(name));
    await this.runTask('delete all documents', () => index.deleteAllDocuments());
  }

  async search(name: string, req: SearchRequest): Promise<SearchResult> {
    const normalized = validateRequest(this.def(name), req);
    const plan = buildSearchPlan(this.uid(name), normalized);
    const started = performance.now();
    const response = await this.call(() => this.client.multiSearch<MultiSearchParams>({ queries: plan.queries }));
    const result = readSearchResults(plan, normalized, response.results);
    const ms = performance.now() - started;
    this.options.observe?.({ ms, processingTimeMs: response.results.reduce((sum, r) => sum + r.processingTimeMs, 0) });
    return { ...result, tookMs: Math.round(ms * 100) / 100 };
  }

  async facetSearch(
    name: string,
    field: string,
    query: string,
    filters: readonly Filter[],
  ): Promise<FacetValueCount[]> {
    const def = this.def(name);
    validateFacetField(def, field);
    validateFilters(def, filters);
    const index = this.client.index(this.uid(name));
    const response = await this.call(() =>
      index.searchForFacetValues({
        facetName: field,
        facetQuery: query,
        filter: buildFilter(filters.filter((f) => f.field !== field)),
        matchingStrategy: 'all',
        locales: SEARCH_LOCALES,
        exhaustiveFacetCount: true,
      }),
    );
    return response.facetHits
      .map((h) => ({ value: h.value, count: h.count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, MAX_FACET_HITS);
  }

  async count(name: string): Promise<number> {
    this.def(name);
    const stats = await this.call(() => this.client.index(this.uid(name)).getStats());
    return stats.numberOfDocuments;
  }

  async health(): Promise<boolean> {
    try {
      return await this.client.isHealthy();
    } catch {
      return false;
    }
  }

  /** Drops this process's state and closes the kept-alive connections. */
  async close(): Promise<void> {
    this.defs.clear();
    this.http.close();
  }

  /** Deletes indexes whose uid starts with this engine's prefix (test clean-up). */
  async dropPrefixedIndexes(): Promise<void> {
    const prefix = this.options.indexPrefix;
    if (!prefix) throw new Error('search: refusing to drop indexes without a prefix');
    const { results } = await this.call(() => this.client.getRawIndexes({ limit: 1000 }));
    for (const info of results) {
      if (info.uid.startsWith(prefix)) await this.runTask('delete index', () => this.client.deleteIndex(info.uid));
    }
  }
}

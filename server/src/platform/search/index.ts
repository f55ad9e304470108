import { EmbeddedSearchEngine } from './embedded/embedded-search-engine.js';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine.js';
import type { SearchEngine } from './search-engine.js';

export { EmbeddedSearchEngine } from './embedded/embedded-search-engine.js';
export { type MeilisearchEngineOptions, MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine.js';
export {
  type MeilisearchServerOptions,
  type RunningMeilisearch,
  startMeilisearch,
} from './meilisearch/meilisearch-server.js';
export * from './search-engine.js';
export { meiliDir, type SearchServer, type SearchServerKind, startSearchServer } from './search-server.js';
export { MAX_LIMIT, MAX_WINDOW } from './search-validation.js';
export { toSimplified } from './text/chinese-variants.js';
export { normalizeQuery } from './text/normalize.js';
export { pinyinForms } from './text/pinyin.js';

export interface SearchEngineConfig {
  /** Set → Meilisearch; unset → the in-process engine. */
  meiliHost?: string;
  meiliMasterKey?: string;
  indexPrefix?: string;
  /** In-process engine only: keep whole answers until the next write (default on). */
  resultCache?: boolean;
}

/** Picks the adapter the way the architecture says: `MEILI_HOST` set means Meilisearch. */
export function createSearchEngine(config: SearchEngineConfig): SearchEngine {
  if (config.meiliHost) {
    return new MeilisearchSearchEngine({
      host: config.meiliHost,
      apiKey: config.meiliMasterKey,
      indexPrefix: config.indexPrefix,
    });
  }
  return new EmbeddedSearchEngine({ resultCache: config.resultCache ?? true });
}

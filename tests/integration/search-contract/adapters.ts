import { randomBytes } from 'node:crypto';
import { EmbeddedSearchEngine, MeilisearchSearchEngine, type SearchEngine } from '@shsw/server/platform/search/index';

/** An engine the contract runs against, and how to remove what a run left behind. */
export interface Adapter {
  name: string;
  create: () => SearchEngine;
  cleanUp: (engine: SearchEngine) => Promise<void>;
}

// A unique index prefix per run, so parallel runs against one Meilisearch never collide.
const runId = `contract_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_`;
/** The embedded engine always; Meilisearch when MEILI_HOST (and optionally MEILI_MASTER_KEY) is set. */
export const adapters: Adapter[] = [
  { name: 'embedded', create: () => new EmbeddedSearchEngine(), cleanUp: async () => {} },
];
const meiliHost = process.env.MEILI_HOST;
if (meiliHost) {
  adapters.push({
    name: 'meilisearch',
    create: () =>
      new MeilisearchSearchEngine({ host: meiliHost, apiKey: process.env.MEILI_MASTER_KEY, indexPrefix: runId }),
    cleanUp: async (engine) => {
      if (engine instanceof MeilisearchSearchEngine) await engine.dropPrefixedIndexes();
    },
  });
}

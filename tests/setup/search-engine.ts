import { randomBytes } from 'node:crypto';
import { EmbeddedSearchEngine, MeilisearchSearchEngine, type SearchEngine } from '@shsw/server/platform/search/index';

/**
 * The search engine a test app runs on: Meilisearch when MEILI_HOST (and MEILI_MASTER_KEY) is set
 * — the Meilisearch leg of .ci/run — with an index prefix of its own, so runs never collide;
 * otherwise the in-process engine. `cleanUp` drops what the run created.
 */
export function testSearchEngine(): { engine: SearchEngine; name: string; cleanUp(): Promise<void> } {
  const host = process.env.MEILI_HOST;
  if (!host) return { engine: new EmbeddedSearchEngine(), name: 'in-process', cleanUp: async () => {} };
  const engine = new MeilisearchSearchEngine({
    host,
    apiKey: process.env.MEILI_MASTER_KEY,
    indexPrefix: `e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_`,
  });
  return { engine, name: 'Meilisearch', cleanUp: () => engine.dropPrefixedIndexes() };
}

import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { SearchUnavailableError } from '../search-engine.js';
import { MeilisearchSearchEngine, mapMeilisearchError } from './meilisearch-search-engine.js';

describe('mapMeilisearchError', () => {
  it('when the server cannot be reached or answers 5xx, then search is unavailable', () => {
    expect(mapMeilisearchError(new MeilisearchRequestError('http://x', new Error('ECONNREFUSED')))).toBeInstanceOf(
      SearchUnavailableError,
    );
    expect(mapMeilisearchError(new MeilisearchApiError(new Response('', { status: 503 })))).toBeInstanceOf(
      SearchUnavailableError,
    );
  });

  it('when the server refuses a request as invalid, then it is an ordinary error naming the reason', () => {
    const err = mapMeilisearchError(
      new MeilisearchApiError(new Response('', { status: 400 }), {
        message: 'Attribute `x` is not filterable.',
        code: 'invalid_search_filter',
        type: 'invalid_request',
        link: '',
      }),
    );
    expect(err).not.toBeInstanceOf(SearchUnavailableError);
    expect(err.message).toContain('invalid_search_filter');
  });
});

describe('MeilisearchSearchEngine without a server', () => {
  // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
  const engine = new MeilisearchSearchEngine({ host: 'http://127.0.0.1:9', requestTimeoutMs: 2_000 });
  const def = { name: 'nowhere', searchable: [], filterable: [], sortable: [], facets: [], synonyms: {} };

  it('when the server is down, then health says false', async () => {
    expect(await engine.health()).toBe(false);
  });

  it('when the server is down, then setting up an index throws SearchUnavailableError', async () => {
    await expect(engine.ensureIndex(def)).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('when an index was never set up, then searching it is refused before any request', async () => {
    await expect(engine.search('nowhere', { filters: [], facets: [], offset: 0, limit: 1 })).rejects.toThrow(
      /ensureIndex/,
    );
  });
});

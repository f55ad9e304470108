import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeilisearchApiError, MeilisearchRequestError } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** A stand-in for the parts of Meilisearch's HTTP API the adapter uses, recording every request. */
function fakeMeilisearch(settingsOutcome: 'succeeded' | 'failed') {
  const requests: { method: string; path: string; body: unknown }[] = [];
  const tasks = new Map<number, Record<string, unknown>>();
  let nextTask = 1;
  const enqueue = (res: ServerResponse, type: string, outcome: Record<string, unknown>): void => {
    const taskUid = nextTask++;
    tasks.set(taskUid, { uid: taskUid, type, indexUid: 'pfx_jobs', ...outcome });
    res.writeHead(202, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ taskUid, indexUid: 'pfx_jobs', status: 'enqueued', type, enqueuedAt: '' }));
  };
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = req.url ?? '';
    requests.push({ method: req.method ?? '', path, body: raw ? JSON.parse(raw) : undefined });
    if (req.method === 'POST' && path === '/indexes') {
      enqueue(res, 'indexCreation', { status: 'failed', error: { code: 'index_already_exists', message: 'exists' } });
    } else if (req.method === 'PATCH' && path === '/indexes/pfx_jobs/settings') {
      const error = { code: 'invalid_settings_ranking_rules', message: 'bad rule' };
      enqueue(
        res,
        'settingsUpdate',
        settingsOutcome === 'failed' ? { status: 'failed', error } : { status: 'succeeded' },
      );
    } else if (req.method === 'GET' && path.startsWith('/tasks/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(tasks.get(Number(path.slice(7)))));
    } else if (req.method === 'POST' && path === '/multi-search') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          results: [
            {
              indexUid: 'pfx_jobs',
              hits: [{ id: 'j1', _rankingScore: 0.5 }],
              totalHits: 1,
              processingTimeMs: 1,
              query: '社工',
              facetDistribution: {},
            },
            {
              indexUid: 'pfx_jobs',
              hits: [],
              processingTimeMs: 1,
              query: '社工',
              facetDistribution: { district: { '310104': 1, '310115': 2 } },
            },
          ],
        }),
      );
    } else {
      res.writeHead(404).end();
    }
  });
  return { server, requests };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const jobs = {
  name: 'jobs',
  searchable: [{ field: 'title', weight: 1 }],
  filterable: [],
  sortable: [],
  facets: ['district'],
  synonyms: {},
};

describe('MeilisearchSearchEngine against a stand-in server', () => {
  const failing = fakeMeilisearch('failed');
  const working = fakeMeilisearch('succeeded');
  let failingHost = '';
  let workingHost = '';

  beforeAll(async () => {
    failingHost = await listen(failing.server);
    workingHost = await listen(working.server);
  });
  afterAll(() => {
    failing.server.close();
    working.server.close();
  });

  it('when a settings task fails, then ensureIndex throws with the task error (an existing index is fine)', async () => {
    const engine = new MeilisearchSearchEngine({ host: failingHost, indexPrefix: 'pfx_' });
    const err = await engine.ensureIndex(jobs).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(SearchUnavailableError);
    expect(String(err)).toContain('invalid_settings_ranking_rules');
  });

  it('when searching with a filtered facet, then one multi-search carries both queries and answers map back', async () => {
    const engine = new MeilisearchSearchEngine({ host: workingHost, indexPrefix: 'pfx_' });
    await engine.ensureIndex(jobs);
    const result = await engine.search('jobs', {
      q: '社工',
      filters: [{ field: 'district', op: 'in', values: ['310104" OR district EXISTS'] }],
      facets: ['district'],
      offset: 0,
      limit: 10,
    });
    expect(result).toMatchObject({
      hits: [{ id: 'j1', score: 0.5 }],
      total: 1,
      facets: { district: { '310104': 1, '310115': 2 } },
    });
    const sent = working.requests.find((r) => r.path === '/multi-search')?.body as {
      queries: Record<string, unknown>[];
    };
    expect(sent.queries).toHaveLength(2);
    expect(sent.queries[0]).toMatchObject({
      indexUid: 'pfx_jobs',
      filter: ['district IN ["310104\\" OR district EXISTS"]'],
    });
    expect(sent.queries[1]).toMatchObject({ facets: ['district'], limit: 0 });
    expect(sent.queries[1]?.filter).toBeUndefined();
  });
});

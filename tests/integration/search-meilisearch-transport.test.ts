import { randomBytes } from 'node:crypto';
import net from 'node:net';
import {
  MeilisearchSearchEngine,
  type SearchRequest,
  SearchUnavailableError,
} from '@shsw/server/platform/search/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * How the adapter talks to a real Meilisearch, seen from a TCP pass-through between the two.
 *
 * Asked for gzip (Node's fetch does by default), Meilisearch streams a compressed, chunked answer
 * and writes its head and its body in two sends on a socket with Nagle's algorithm on: the body
 * then waits for the client's acknowledgement of the head, which Linux delays by ~40 ms. Every
 * answer over ~1 KB took 45–50 ms instead of 2–5 ms. The adapter asks for uncompressed answers,
 * which carry a Content-Length and go out in one send. This checks the bytes on the wire, never
 * the clock: if compression comes back, these fail.
 */

const host = process.env.MEILI_HOST;
const why = host ? '' : ' (skipped: MEILI_HOST is not set; the Meilisearch leg of .ci/run sets it)';

interface Exchange {
  /** Everything the adapter sent on one connection. */
  sent: Buffer[];
  /** Everything Meilisearch answered on it. */
  received: Buffer[];
}

/** A plain TCP pass-through that keeps a copy of both directions of every connection. */
async function recordingProxy(target: URL): Promise<{ url: string; exchanges: Exchange[]; close(): Promise<void> }> {
  const exchanges: Exchange[] = [];
  const sockets = new Set<net.Socket>();
  let closed = false;
  const server = net.createServer((client) => {
    const exchange: Exchange = { sent: [], received: [] };
    exchanges.push(exchange);
    const upstream = net.connect(Number(target.port || 80), target.hostname);
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.on('data', (d: Buffer) => {
      exchange.sent.push(d);
      upstream.write(d);
    });
    upstream.on('data', (d: Buffer) => {
      exchange.received.push(d);
      client.write(d);
    });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    async close() {
      if (closed) return;
      closed = true;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** The head of every HTTP message in a byte stream (bodies skipped by Content-Length or chunks). */
function heads(stream: Buffer): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let at = 0;
  while (at < stream.length) {
    const end = stream.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const lines = stream.subarray(at, end).toString('latin1').split('\r\n');
    const head = new Map<string, string>([[':start', lines[0] ?? '']]);
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      head.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    out.push(head);
    at = end + 4;
    const length = head.get('content-length');
    if (length !== undefined) {
      at += Number(length);
    } else if (head.get('transfer-encoding')?.includes('chunked')) {
      for (;;) {
        const lineEnd = stream.indexOf('\r\n', at);
        const size = Number.parseInt(stream.subarray(at, lineEnd).toString('latin1'), 16);
        at = lineEnd + 2 + size + 2;
        if (size === 0 || lineEnd < 0) break;
      }
    }
  }
  return out;
}

describe.skipIf(!host)(`the Meilisearch adapter on the wire${why}`, () => {
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;
  let engine: MeilisearchSearchEngine;
  const index = 'wire';
  const indexPrefix = `wire_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}_`;

  beforeAll(async () => {
    proxy = await recordingProxy(new URL(host ?? 'http://127.0.0.1'));
    engine = new MeilisearchSearchEngine({
      host: proxy.url,
      apiKey: process.env.MEILI_MASTER_KEY,
      indexPrefix,
    });
    await engine.ensureIndex({
      name: index,
      searchable: [
        { field: 'title', weight: 2 },
        { field: 'description', weight: 1 },
      ],
      filterable: ['district'],
      sortable: [],
      facets: ['district'],
      synonyms: {},
      stored: ['title', 'description'],
    });
    // Answers well over the ~1 KB at which the compressed, two-send answers began to wait.
    await engine.upsert(
      index,
      Array.from({ length: 60 }, (_, i) => ({
        id: `d${String(i).padStart(2, '0')}`,
        title: `社区养老个案社工 ${i}`,
        description: '为辖区长者提供个案管理、需求评估与资源链接服务。'.repeat(8),
        district: `d${i % 16}`,
      })),
    );
  });

  afterAll(async () => {
    // Straight to Meilisearch: the last test closes the pass-through.
    const direct = new MeilisearchSearchEngine({ host: host ?? '', apiKey: process.env.MEILI_MASTER_KEY, indexPrefix });
    await direct.dropPrefixedIndexes();
    await direct.close();
    await engine?.close();
    await proxy?.close();
  });

  it('when the adapter searches, then it asks for an uncompressed answer and gets one with a Content-Length, in one piece', async () => {
    const request: SearchRequest = {
      q: '养老',
      filters: [{ field: 'district', op: 'in', values: ['d1', 'd2'] }],
      facets: ['district'],
      offset: 0,
      limit: 20,
      highlight: ['title', 'description'],
      retrieve: ['title', 'description'],
    };
    const before = proxy.exchanges.map((e) => [e.sent.length, e.received.length] as const);
    for (let i = 0; i < 5; i += 1) {
      const result = await engine.search(index, request);
      expect(result.hits.length).toBeGreaterThan(0);
    }
    await engine.facetSearch(index, 'district', 'd', []);

    const requests = proxy.exchanges.flatMap((e, i) => heads(Buffer.concat(e.sent.slice(before[i]?.[0] ?? 0))));
    const answers = proxy.exchanges.flatMap((e, i) => heads(Buffer.concat(e.received.slice(before[i]?.[1] ?? 0))));
    const searches = requests.filter((h) =>
      /^POST \/(multi-search|indexes\/[^ ]+\/facet-search) /.test(h.get(':start') ?? ''),
    );
    expect(searches.length).toBe(6);
    for (const head of searches) expect(head.get('accept-encoding')).toBe('identity');
    expect(answers.length).toBe(requests.length);
    const big = answers.filter((h) => Number(h.get('content-length')) > 2_000);
    expect(big.length).toBeGreaterThanOrEqual(5);
    for (const head of answers) {
      expect(head.get('content-encoding')).toBeUndefined();
      expect(head.get('transfer-encoding')).toBeUndefined();
      expect(head.get('content-length')).toMatch(/^\d+$/);
    }
  });

  it('when Meilisearch refuses a request, then the adapter reports its reason (not an outage); when it cannot be reached, an outage', async () => {
    await engine.dropPrefixedIndexes();
    const refused = await engine.search(index, { q: '', filters: [], facets: [], offset: 0, limit: 1 }).catch((e) => e);
    expect(refused).toBeInstanceOf(Error);
    expect(refused).not.toBeInstanceOf(SearchUnavailableError);
    expect(String(refused.message)).toMatch(/index_not_found/);

    await proxy.close();
    const unreachable = await engine.count(index).catch((e) => e);
    expect(unreachable).toBeInstanceOf(SearchUnavailableError);
  });
});

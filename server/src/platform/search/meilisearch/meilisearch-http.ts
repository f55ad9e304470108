import { setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError } from 'meilisearch';

/**
 * The meilisearch client's HTTP calls over node:http with a keep-alive agent instead of the
 * global fetch. On this path every search is a small JSON POST and a JSON answer; Node's fetch
 * (undici behind WHATWG streams) spent ~1 ms more per request than node:http on loopback, half
 * of what the adapter may add over Meilisearch's own processing time. Sockets have TCP_NODELAY
 * (node:http's default since Node 18) and are reused between requests.
 *
 * It answers as the client expects of an `httpClient`: the parsed JSON body, or a thrown
 * MeilisearchApiError for a non-2xx answer (the client wraps every thrown error in a
 * MeilisearchRequestError; mapMeilisearchError unwraps it), or the abort reason when the
 * client's timeout fires (the client turns that into its timeout error).
 */
export function nodeHttpClient(host: string): {
  httpClient: (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;
  /** Closes the kept-alive sockets. */
  close(): void;
} {
  const secure = new URL(host).protocol === 'https:';
  const agent = secure
    ? new https.Agent({ keepAlive: true, maxSockets: 64 })
    : new http.Agent({ keepAlive: true, maxSockets: 64 });
  const request = secure ? https.request : http.request;

  const httpClient = (input: string | URL | Request, init: RequestInit = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const url = input instanceof URL ? input : new URL(typeof input === 'string' ? input : input.url);
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      const body = typeof init.body === 'string' ? Buffer.from(init.body) : undefined;
      if (init.body != null && body === undefined) {
        reject(new TypeError('search: only string request bodies are supported'));
        return;
      }
      if (body) headers['content-length'] = String(body.length);
      const signal = init.signal ?? undefined;
      // waitTask polls with one signal for the whole wait, and the client adds listeners to it at
      // every poll (freed with the signal when the wait ends): not a leak worth a warning.
      if (signal) setMaxListeners(0, signal);
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const req = request(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          signal?.removeEventListener('abort', onAbort);
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text === '' ? undefined : JSON.parse(text);
          } catch (err) {
            reject(err);
            return;
          }
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) {
            resolve(parsed);
            return;
          }
          const response = new Response(null, {
            status: status >= 200 && status <= 599 ? status : 502,
            statusText: res.statusMessage ?? '',
          });
          reject(new MeilisearchApiError(response, parsed as ConstructorParameters<typeof MeilisearchApiError>[1]));
        });
      });
      const onAbort = () => {
        req.destroy();
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      req.on('error', (err) => {
        signal?.removeEventListener('abort', onAbort);
        reject(err);
      });
      req.end(body);
    });
  return { httpClient, close: () => agent.destroy() };
}

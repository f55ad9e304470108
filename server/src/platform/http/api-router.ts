import type { ParsedRequest, RouteDef, RouteResponse } from '@shsw/shared';
import express, { type Request, type Response } from 'express';
import type { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { issuesFrom, type RequestPart } from '../errors/validation-issues.js';
import type { Logger } from '../logger.js';
import type { RequestGate } from './request-gate.js';
import type { Viewer } from './viewer.js';

export interface RequestContext {
  req: Request;
  res: Response;
  viewer: Viewer | null;
  log: Logger;
  /** The uploaded bytes and their media type, for routes declaring `upload`. */
  upload?: { bytes: Buffer; mediaType: string };
}

type JsonHandler<D extends RouteDef> = (
  input: ParsedRequest<D>,
  ctx: RequestContext,
) => Promise<RouteResponse<D>> | RouteResponse<D>;

/** Handlers of `produces` routes (HTML, files) write the response themselves. */
type RawHandler<D extends RouteDef> = (input: ParsedRequest<D>, ctx: RequestContext) => Promise<void> | void;

export type Handler<D extends RouteDef> = D['response'] extends null ? RawHandler<D> : JsonHandler<D>;

/** Routes whose `access` is not public always have a viewer; this narrows the type. */
export function signedIn(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new AppError('unauthenticated', 'sign in first');
  return ctx.viewer;
}

export function viewerOf(res: Response): Viewer | null {
  return (res.locals.viewer as Viewer | undefined) ?? null;
}

/**
 * An Express router that only mounts routes from the shared contract: it checks access,
 * validates params, query and body (reporting every issue), and sends the response
 * through the route's response schema, which also strips anything a presenter let slip.
 */
/** A page larger than this makes a list request heavy. */
const HEAVY_PAGE_SIZE = 50;

export class ApiRouter {
  readonly mounted: RouteDef[] = [];

  /** `heavyLane` admits heavy requests (see `RouteDef.cost`); without one they run like any other. */
  constructor(private readonly heavyLane?: { gate: RequestGate; keyOf: (req: Request) => string }) {}
  private readonly pending: { def: RouteDef; handle: (req: Request, res: Response) => Promise<void> }[] = [];
  private readonly extras: ((router: express.Router) => void)[] = [];

  /**
   * The Express router: routes with fewer path parameters first, so `/api/talent/search` is
   * never taken for `/api/talent/:id`, whatever order features register in.
   */
  build(): express.Router {
    const router = express.Router({ caseSensitive: true, strict: true });
    const params = (path: string) => (path.match(/\/:/g) ?? []).length;
    const ordered = [...this.pending].sort((a, b) => params(a.def.path) - params(b.def.path));
    for (const { def, handle } of ordered) {
      router[def.method](def.path, ...(def.upload ? [rawUpload(def.upload)] : []), handle);
    }
    for (const extra of this.extras) extra(router);
    return router;
  }

  /** Non-API handlers (static files of the docs page), mounted after the API routes. */
  extra(mount: (router: express.Router) => void): this {
    this.extras.push(mount);
    return this;
  }

  route<D extends RouteDef>(def: D, handler: Handler<D>): this {
    this.mounted.push(def);
    this.pending.push({
      def,
      handle: async (req: Request, res: Response) => {
        const viewer = viewerOf(res);
        checkAccess(def, viewer);
        const input = parseRequest(def, req);
        if (this.heavyLane && isHeavy(def, input)) await this.heavyLane.gate.admit(this.heavyLane.keyOf(req), res);
        const ctx: RequestContext = { req, res, viewer, log: req.log };
        if (def.upload) {
          if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
            throw new AppError(
              'unsupported_media_type',
              `send the file as the body, as ${def.upload.mediaTypes.join(' or ')}`,
            );
          }
          ctx.upload = { bytes: req.body, mediaType: (req.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '' };
        }
        const result: unknown = await handler(input as ParsedRequest<D>, ctx);
        if (def.response === null) return;
        const out = def.response.safeParse(result);
        if (!out.success) {
          req.log.error(
            { route: `${def.method} ${def.path}`, issues: out.error.issues },
            'response does not match contract',
          );
          throw new AppError('internal_error', 'something went wrong on our side; the error has been logged');
        }
        res.status(def.status ?? 200);
        if (def.status === 204) res.end();
        else res.json(out.data);
      },
    });
    return this;
  }
}

function isHeavy(def: RouteDef, input: Record<RequestPart, unknown>): boolean {
  if (def.cost === 'heavy') return true;
  const pageSize = (input.query as { pageSize?: unknown } | null)?.pageSize;
  return typeof pageSize === 'number' && pageSize > HEAVY_PAGE_SIZE;
}

/** Reads the raw body of an upload route; other media types are left unread and refused. */
function rawUpload(upload: NonNullable<RouteDef['upload']>) {
  return express.raw({ type: [...upload.mediaTypes], limit: upload.maxBytes });
}

function checkAccess(def: RouteDef, viewer: Viewer | null): void {
  if (def.access === 'public') return;
  if (!viewer) throw new AppError('unauthenticated', 'sign in first');
  if (def.access === 'signed_in') return;
  if (!def.access.includes(viewer.role)) throw new AppError('forbidden', 'your role may not use this');
}

function parseRequest(def: RouteDef, req: Request): Record<RequestPart, unknown> {
  const issues = [];
  const out: Record<RequestPart, unknown> = { params: {}, query: {}, body: undefined };
  const parts: [RequestPart, z.ZodType | undefined, unknown][] = [
    ['params', def.params, req.params],
    ['query', def.query, req.query],
    ['body', def.body, def.upload ? undefined : req.body],
  ];
  for (const [part, schema, value] of parts) {
    if (!schema) continue;
    const parsed = schema.safeParse(part === 'body' && value === undefined ? {} : value);
    if (parsed.success) out[part] = parsed.data;
    else issues.push(...issuesFrom(part, parsed.error.issues));
  }
  if (issues.length > 0) throw new AppError('validation_failed', 'the request is not valid', { issues });
  return out;
}

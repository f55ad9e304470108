import type http from 'node:http';
import {
  type ClientToServerEvents,
  resumeSchema,
  type ServerEventName,
  type ServerEventPayload,
  type ServerToClientEvents,
  serverEventSchemas,
} from '@shsw/shared';
import { parse } from 'cookie';
import { Server, type Socket } from 'socket.io';
import type { Viewer } from '../http/viewer.js';
import type { Logger } from '../logger.js';

export interface RealtimeOptions {
  /** Resolves a session cookie to its viewer; null for none, expired or unknown. */
  authenticate: (token: string) => Promise<Viewer | null>;
  sessionCookie: string;
  /** Origins allowed besides the server's own (the Vite dev server, a separate front end). */
  allowedOrigins: readonly string[];
  /** What a reconnecting client missed after the id it last saw. */
  missedSince: (viewer: Viewer, lastSeenId: string | null) => Promise<ServerEventPayload<'notifications:sync'>>;
  /** The messages a reconnecting client missed after the message id it last saw. */
  messagesSince?: (viewer: Viewer, lastSeenId: string | null) => Promise<ServerEventPayload<'messages:sync'>>;
  redisUrl?: string | undefined;
  log: Logger;
}

interface SocketData {
  viewer: Viewer;
}

type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const rooms = {
  user: (id: string) => `user:${id}`,
  session: (id: string) => `session:${id}`,
  org: (id: string) => `org:${id}`,
  bureau: 'bureau',
} as const;

/** Same origin as the request (scheme-less host comparison), or one of the allowed ones. */
function originAllowed(req: http.IncomingMessage, allowed: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * socket.io on the app's HTTP server. The handshake must carry a valid session cookie and come
 * from an allowed origin; the server alone decides a socket's rooms (there is no join event), and
 * every payload is validated against the shared event schemas before it leaves.
 */
export class Realtime {
  readonly io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
  private redis: { quit(): Promise<unknown> } | undefined;

  private constructor(
    httpServer: http.Server,
    private readonly opts: RealtimeOptions,
  ) {
    this.io = new Server(httpServer, {
      path: '/socket.io',
      serveClient: false,
      allowRequest: (req, callback) => callback(null, originAllowed(req, opts.allowedOrigins)),
    });
    this.io.use(async (socket, next) => {
      try {
        const token = parse(socket.handshake.headers.cookie ?? '')[opts.sessionCookie];
        const viewer = token ? await opts.authenticate(token) : null;
        if (!viewer) {
          next(new Error('unauthenticated'));
          return;
        }
        socket.data.viewer = viewer;
        next();
      } catch (err) {
        opts.log.error({ err }, 'realtime handshake failed');
        next(new Error('unavailable'));
      }
    });
    this.io.on('connection', (socket) => this.onConnection(socket));
  }

  static async attach(httpServer: http.Server, opts: RealtimeOptions): Promise<Realtime> {
    const realtime = new Realtime(httpServer, opts);
    if (opts.redisUrl) await realtime.useRedis(opts.redisUrl);
    return realtime;
  }

  /** Several app nodes share rooms through Redis streams (which also survive a node's brief outage). */
  private async useRedis(url: string): Promise<void> {
    const { createClient } = await import('redis');
    const { createAdapter } = await import('@socket.io/redis-streams-adapter');
    const client = createClient({ url });
    client.on('error', (err: unknown) => this.opts.log.warn({ err }, 'redis'));
    await client.connect();
    this.io.adapter(createAdapter(client));
    this.redis = client;
  }

  private onConnection(socket: AppSocket): void {
    const viewer = socket.data.viewer;
    void socket.join(rooms.user(viewer.userId));
    void socket.join(rooms.session(viewer.sessionId));
    if (viewer.role === 'org' && viewer.orgId) void socket.join(rooms.org(viewer.orgId));
    if (viewer.role === 'bureau' || viewer.role === 'admin') void socket.join(rooms.bureau);
    socket.on('notifications:resume', async (payload) => {
      const parsed = resumeSchema.safeParse(payload);
      if (!parsed.success) return;
      try {
        socket.emit('notifications:sync', await this.opts.missedSince(viewer, parsed.data.lastSeenId));
      } catch (err) {
        this.opts.log.error({ err }, 'realtime resume failed');
      }
    });
    socket.on('messages:resume', async (payload) => {
      const parsed = resumeSchema.safeParse(payload);
      const since = this.opts.messagesSince;
      if (!parsed.success || !since) return;
      try {
        socket.emit('messages:sync', await since(viewer, parsed.data.lastSeenId));
      } catch (err) {
        this.opts.log.error({ err }, 'realtime message resume failed');
      }
    });
  }

  /** Sends to a room on every node, after checking the payload against its schema. */
  emit<E extends ServerEventName>(room: string, event: E, payload: ServerEventPayload<E>): void {
    const checked = serverEventSchemas[event].parse(payload) as ServerEventPayload<E>;
    // socket.io's typed emit cannot narrow a generic event name; the schema check above is the guarantee.
    (this.io.to(room).emit as (e: string, p: unknown) => boolean)(event, checked);
  }

  /** Ends the sockets in a room (a user's or a session's), on every node. */
  disconnect(room: string): void {
    this.io.in(room).disconnectSockets(true);
  }

  /** Disconnects every socket; the HTTP server itself is closed by its owner. */
  async close(): Promise<void> {
    this.io.disconnectSockets(true);
    await this.redis?.quit().catch(() => undefined);
  }
}

import type { ClientToServerEvents, Notification, ServerToClientEvents } from '@shsw/shared';
import { io, type Socket } from 'socket.io-client';
import type { TestClient } from './test-client.js';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents> & {
  /** Every notification this socket received, in order. */
  received: Notification[];
};

/** A real socket.io client speaking as a signed-in TestClient (its session cookie). */
export function connectSocket(baseUrl: string, as: TestClient | null, opts: { origin?: string } = {}): TestSocket {
  const cookie = as ? ['shsw.sid', 'shsw.csrf'].map((n) => `${n}=${as.cookie(n) ?? ''}`).join('; ') : '';
  const socket = io(baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: { ...(cookie ? { cookie } : {}), origin: opts.origin ?? baseUrl },
  }) as TestSocket;
  socket.received = [];
  socket.on('notification', (n) => socket.received.push(n));
  return socket;
}

/** Resolves on connect; rejects with the server's reason on a refused handshake. */
export function connected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
}

/** Waits until `predicate` holds (polling), or fails after `ms`. */
export async function eventually(predicate: () => boolean, ms = 5_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > ms) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves when the socket is disconnected by the server. */
export function disconnected(socket: TestSocket): Promise<string> {
  return new Promise((resolve) => {
    if (!socket.connected) return resolve('already');
    socket.once('disconnect', (reason) => resolve(reason));
  });
}

import type { ClientToServerEvents, ServerToClientEvents } from '@shsw/shared';
import { io, type Socket } from 'socket.io-client';

export type RealtimeSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The realtime channel, authenticated by the session cookie. WebSocket only: a same-origin
 * polling request carries no `Origin` header, and the server refuses a handshake without one.
 */
export function connectRealtime(): RealtimeSocket {
  return io({
    path: '/socket.io',
    transports: ['websocket'],
    withCredentials: true,
    reconnectionDelay: 1_000,
    reconnectionDelayMax: 15_000,
  });
}

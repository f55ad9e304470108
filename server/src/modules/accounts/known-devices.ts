import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import { cookieOptions } from './sessions.service.js';

export const DEVICE_COOKIE = 'shsw.device';
/** Accounts one browser remembers (a shared computer at a street station serves a few people). */
const MAX_ACCOUNTS = 5;
const DEVICE_MAX_AGE_MS = 400 * 24 * 3600_000;
const ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * A browser where an account's password was right before. The httpOnly cookie holds a random
 * device id and, per account, a tag (an HMAC of device and account with the server secret), so
 * it cannot be forged for an account it never signed in to. A known device only gets a throttle
 * bucket of its own: it is no credential, so it needs no revocation.
 */
export class KnownDevices {
  constructor(private readonly secret: string) {}

  private tag(deviceId: string, userId: string): string {
    return crypto
      .createHmac('sha256', this.secret)
      .update(`known-device:${deviceId}:${userId}`)
      .digest('base64url')
      .slice(0, 22);
  }

  private read(req: Request): { deviceId: string; tags: string[] } | null {
    const value = req.cookies?.[DEVICE_COOKIE];
    if (typeof value !== 'string') return null;
    const [deviceId, ...tags] = value.split('.');
    if (!deviceId || !ID.test(deviceId)) return null;
    return { deviceId, tags: tags.filter((t) => ID.test(t)).slice(-MAX_ACCOUNTS) };
  }

  /** This browser's device id when it signed in to this account before; null otherwise. */
  knownFor(req: Request, userId: string): string | null {
    const device = this.read(req);
    if (!device) return null;
    const expected = Buffer.from(this.tag(device.deviceId, userId));
    const known = device.tags.some((t) => {
      const given = Buffer.from(t);
      return given.length === expected.length && crypto.timingSafeEqual(given, expected);
    });
    return known ? device.deviceId : null;
  }

  /** Marks this browser as known for the account (after a right password). */
  remember(req: Request, res: Response, userId: string): void {
    const device = this.read(req) ?? { deviceId: crypto.randomBytes(16).toString('base64url'), tags: [] };
    const tag = this.tag(device.deviceId, userId);
    const tags = [...device.tags.filter((t) => t !== tag), tag].slice(-MAX_ACCOUNTS);
    res.cookie(DEVICE_COOKIE, [device.deviceId, ...tags].join('.'), {
      ...cookieOptions(req),
      maxAge: DEVICE_MAX_AGE_MS,
    });
  }
}

/**
 * Where failed attempts count when the browser is not a known device: the client's address,
 * an IPv6 client by its /64 (one subscriber's whole prefix), so rotating addresses within it
 * buys nothing.
 */
export function networkSourceOf(ip: string | undefined): string {
  if (!ip) return 'ip:unknown';
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (v4?.[1]) return `ip:${v4[1]}`;
  if (ip.includes(':')) return `ip6:${expandIpv6(ip).slice(0, 4).join(':')}`;
  return `ip:${ip}`;
}

function expandIpv6(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = ip.includes('::') && tail ? tail.split(':') : [];
  const fill = ip.includes('::') ? Array(Math.max(0, 8 - left.length - right.length)).fill('0') : [];
  return [...left, ...fill, ...right].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}

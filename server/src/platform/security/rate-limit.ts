import type { RequestHandler } from 'express';
import mongoose from 'mongoose';
import { deleteInChunks } from '../db/bulk-delete.js';
import { atMost } from '../db/selectors.js';
import { AppError } from '../errors/app-error.js';

interface Window {
  start: number;
  count: number;
}

/** Per-IP fixed-window limit kept in this process: cheap, for the API as a whole. */
export function memoryRateLimit(opts: { perMinute: number; name: string }): RequestHandler {
  const windows = new Map<string, Window>();
  let lastSweep = Date.now();
  return (req, res, next) => {
    if (opts.perMinute <= 0) return next();
    const now = Date.now();
    if (now - lastSweep > 60_000) {
      for (const [key, w] of windows) if (now - w.start >= 60_000) windows.delete(key);
      lastSweep = now;
    }
    const key = req.ip ?? 'unknown';
    let w = windows.get(key);
    if (!w || now - w.start >= 60_000) {
      w = { start: now, count: 0 };
      windows.set(key, w);
    }
    w.count += 1;
    if (w.count > opts.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
      res.setHeader('Retry-After', String(retryAfter));
      next(new AppError('rate_limited', `too many requests; try again in ${retryAfter} s`, { retryAfter }));
      return;
    }
    next();
  };
}

const counterSchema = new mongoose.Schema(
  { _id: String, count: { type: Number, default: 0 }, expiresAt: Date },
  { versionKey: false, collection: 'rate_counters' },
);
export const RateCounter = mongoose.model('RateCounter', counterSchema);

/**
 * Per-IP fixed-window limit kept in MongoDB, so several app nodes share it: for sign-in and
 * sign-up, where a limit that resets on another node would be no limit.
 */
export function sharedRateLimit(opts: { perMinute: number; name: string }): RequestHandler {
  return async (req, res, next) => {
    if (opts.perMinute <= 0) return next();
    const now = Date.now();
    const windowStart = now - (now % 60_000);
    const key = `${opts.name}:${req.ip ?? 'unknown'}:${windowStart}`;
    try {
      const counter = await RateCounter.findOneAndUpdate(
        { _id: key },
        { $inc: { count: 1 }, $setOnInsert: { expiresAt: new Date(windowStart + 120_000) } },
        { upsert: true, returnDocument: 'after' },
      ).lean<{ count: number }>();
      if ((counter?.count ?? 0) > opts.perMinute) {
        const retryAfter = Math.max(1, Math.ceil((windowStart + 60_000 - now) / 1000));
        res.setHeader('Retry-After', String(retryAfter));
        next(new AppError('rate_limited', `too many attempts; try again in ${retryAfter} s`, { retryAfter }));
        return;
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** Drops finished windows and old sign-in failure counts (TTL indexes do this on real MongoDB). */
export async function purgeExpiredCounters(now = new Date()): Promise<number> {
  const deletedCount = await deleteInChunks(RateCounter, { expiresAt: atMost(now) });
  return deletedCount;
}

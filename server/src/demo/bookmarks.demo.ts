import type mongoose from 'mongoose';

/**
 * The demo worker's bookmarks (收藏): three open positions of the demo organisation besides the
 * one applied to, and one that has closed or filled since, so `/me/bookmarks` shows both kinds.
 */
export function demoBookmarks(
  workerId: mongoose.Types.ObjectId,
  positions: readonly Record<string, unknown>[],
  opts: { featuredCount: number; now: Date },
): Record<string, unknown>[] {
  const featured = positions.slice(1, opts.featuredCount).filter((p) => p.status === 'open');
  const ended = positions.find((p) => (p.status === 'closed' || p.status === 'filled') && p.publishedAt);
  return [...featured.slice(0, 3), ...(ended ? [ended] : [])].map((p, i) => ({
    userId: workerId,
    positionId: p._id,
    at: new Date(opts.now.getTime() - (i + 1) * 86_400_000),
  }));
}

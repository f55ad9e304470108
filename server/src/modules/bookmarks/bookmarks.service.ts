import { type Bookmark, MAX_BOOKMARKS } from '@shsw/shared';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { oneOf } from '../../platform/db/selectors.js';
import { KeyedQueue } from '../../platform/db/write-queue.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import { organisationsByIds } from '../organisations/index.js';
import { positionForDisplay, positionsForDisplay, presentPositionCard } from '../positions/index.js';
import { type BookmarkDoc, BookmarkModel } from './bookmark.model.js';

/** A worker's bookmarks (收藏) of published positions. */
export class BookmarksService {
  /** "Count, then insert" runs one at a time per worker, so parallel PUTs never pass the limit. */
  private readonly perWorker = new KeyedQueue();

  /** Idempotent: a position already bookmarked stays as it was. */
  async put(userId: string, positionId: string): Promise<void> {
    const position = await positionForDisplay(positionId);
    // Drafts were never public: for a worker they do not exist.
    if (!position?.publishedAt) throw notFound('position');
    await this.perWorker.run(userId, async () => {
      if (await BookmarkModel.exists({ userId, positionId })) return;
      const count = await BookmarkModel.countDocuments({ userId });
      if (count >= MAX_BOOKMARKS) {
        throw new AppError('bookmark_limit', `at most ${MAX_BOOKMARKS} bookmarks; remove one first`, {
          limit: MAX_BOOKMARKS,
        });
      }
      try {
        await BookmarkModel.create({
          userId: new mongoose.Types.ObjectId(userId),
          positionId: new mongoose.Types.ObjectId(positionId),
          at: new Date(),
        });
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    });
  }

  async remove(userId: string, positionId: string): Promise<void> {
    await BookmarkModel.deleteOne({ userId, positionId });
  }

  async list(userId: string, page: number, pageSize: number, now = new Date()) {
    const [rows, total] = await Promise.all([
      BookmarkModel.find({ userId })
        .sort({ at: -1, _id: -1 })
        .skip((page - 1) * pageSize)
        .limit(pageSize)
        .lean<BookmarkDoc[]>(),
      BookmarkModel.countDocuments({ userId }),
    ]);
    const positions = await positionsForDisplay(rows.map((r) => r.positionId));
    const orgs = await organisationsByIds([...new Set(positions.map((p) => String(p.orgId)))]);
    const positionById = new Map(positions.map((p) => [String(p._id), p]));
    const orgById = new Map(orgs.map((o) => [String(o._id), o]));
    const items: Bookmark[] = [];
    for (const r of rows) {
      const p = positionById.get(String(r.positionId));
      // A position removed since (never the case for published ones today) simply drops out.
      if (!p) continue;
      items.push({
        positionId: String(r.positionId),
        at: r.at.toISOString(),
        position: presentPositionCard(p, orgById.get(String(p.orgId)) ?? null, now),
      });
    }
    return { items, total, page, pageSize };
  }

  /** Which of these positions the worker bookmarked: one indexed read for a whole page. */
  async bookmarkedAmong(userId: string, positionIds: readonly string[]): Promise<Set<string>> {
    const ids = positionIds.filter((id) => mongoose.isValidObjectId(id));
    if (ids.length === 0) return new Set();
    const rows = await BookmarkModel.find({ userId, positionId: oneOf(ids) }, { positionId: 1 }).lean<
      Pick<BookmarkDoc, 'positionId'>[]
    >();
    return new Set(rows.map((r) => String(r.positionId)));
  }
}

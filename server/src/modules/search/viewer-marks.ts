import type { ViewerMarks } from '@shsw/shared';
import { oneOf } from '../../platform/db/selectors.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { type ApplicationDoc, ApplicationModel } from '../applications/index.js';
import type { BookmarksService } from '../bookmarks/index.js';

/** Which of these positions the worker has a pending invitation to (the invitations module answers). */
export type PendingInvitationsAmong = (profileId: string, positionIds: readonly string[]) => Promise<Set<string>>;

/**
 * What the signed-in worker already did with each position of a page (applied, bookmarked, invited),
 * read with one query per kind for the whole page (each narrowed by the worker's own index), never
 * one per hit. Invitations depend on search (for match reasons), so their answer is passed in
 * (`answerInvitedWith`) rather than imported.
 */
export class ViewerMarksReader {
  private invitedAmong: PendingInvitationsAmong = async () => new Set();

  constructor(private readonly bookmarks: BookmarksService) {}

  answerInvitedWith(among: PendingInvitationsAmong): void {
    this.invitedAmong = among;
  }

  /** A lookup by position id; null for anyone but a worker (anonymous visitors, organisations, the bureau). */
  async of(viewer: Viewer | null, positionIds: readonly string[]): Promise<(id: string) => ViewerMarks | null> {
    if (viewer?.role !== 'worker' || positionIds.length === 0) return () => null;
    const ids = [...new Set(positionIds)];
    const [applied, bookmarked, invited] = await Promise.all([
      ApplicationModel.find({ workerUserId: viewer.userId, positionId: oneOf(ids) }, { positionId: 1 })
        .lean<Pick<ApplicationDoc, 'positionId'>[]>()
        .then((rows) => new Set(rows.map((r) => String(r.positionId)))),
      this.bookmarks.bookmarkedAmong(viewer.userId, ids),
      this.invitedAmong(viewer.userId, ids),
    ]);
    return (id) => ({ applied: applied.has(id), bookmarked: bookmarked.has(id), invited: invited.has(id) });
  }

  /** The hits of a page, each with the viewer's marks. */
  async onHits<H extends { id: string }>(
    viewer: Viewer | null,
    hits: readonly H[],
  ): Promise<(H & { viewer: ViewerMarks | null })[]> {
    const marks = await this.of(
      viewer,
      hits.map((h) => h.id),
    );
    return hits.map((h) => ({ ...h, viewer: marks(h.id) }));
  }
}

import type { Position } from '@shsw/shared';
import type mongoose from 'mongoose';
import { notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { PositionDoc } from './position.model.js';
import { presentPosition } from './positions.presenter.js';
import type { PositionsService } from './positions.service.js';

/** Applications by stage for positions (the applications module provides it). */
export type StageCounts = (
  positionIds: readonly mongoose.Types.ObjectId[],
) => Promise<Map<string, Record<string, number>>>;

/** Positions as their viewers see them: with the organisation, the salary comparison and, for members, the pipeline counts. */
export class PositionViews {
  constructor(
    private readonly positions: PositionsService,
    private readonly stageCounts: StageCounts,
  ) {}

  async present(items: readonly PositionDoc[], viewer: Viewer | null): Promise<Position[]> {
    const orgs = await this.positions.organisations(items.map((p) => p.orgId));
    const isMine = (p: PositionDoc) => viewer?.role === 'org' && viewer.orgId === String(p.orgId);
    const mine = items.filter(isMine);
    const counts =
      mine.length > 0 ? await this.stageCounts(mine.map((p) => p._id)) : new Map<string, Record<string, number>>();
    const now = new Date();
    // A position whose organisation's record is gone (left by earlier versions) cannot be shown.
    const presentable = items.filter((p) => orgs.has(String(p.orgId)));
    return Promise.all(
      presentable.map(async (p) => {
        const org = orgs.get(String(p.orgId)) as NonNullable<ReturnType<typeof orgs.get>>;
        return presentPosition(p, {
          org,
          comparison: await this.positions.comparison(p),
          applicantCounts: isMine(p) ? (counts.get(String(p._id)) ?? {}) : null,
          forMembers: isMine(p),
          now,
        });
      }),
    );
  }

  async one(p: PositionDoc, viewer: Viewer | null): Promise<Position> {
    const [presented] = await this.present([p], viewer);
    if (!presented) throw notFound('position');
    return presented;
  }
}

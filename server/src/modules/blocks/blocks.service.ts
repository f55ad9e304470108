import type { Block, CreateBlockBody } from '@shsw/shared';
import { maskName } from '@shsw/shared';
import mongoose from 'mongoose';
import { TtlCache } from '../../platform/cache/ttl-cache.js';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { organisationById, organisationsByIds } from '../organisations/index.js';
import { ProfileModel, profilesByIds } from '../profiles/index.js';
import { type BlockDoc, BlockModel } from './block.model.js';

/**
 * Blocks between organisations and workers. Other modules ask `isBlocked` before an organisation
 * and a worker may reach each other (conversations, invitations, contact requests); a block made
 * by either side is enough.
 */
export class BlocksService {
  /**
   * Every message asks this before it is delivered, so answers are kept 5 s. A block or its lifting
   * on this node takes effect at once; on another node (several app nodes on MongoDB) within 5 s.
   */
  private readonly answers = new TtlCache<boolean>(5_000, 50_000);

  constructor(private readonly events: DomainEventBus) {}

  /** True when the organisation or the worker has blocked the other. */
  async isBlocked(orgId: string, profileId: string): Promise<boolean> {
    if (!mongoose.isValidObjectId(orgId) || !mongoose.isValidObjectId(profileId)) return false;
    const key = `${orgId}:${profileId}`;
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const blocked = (await BlockModel.exists({ orgId, profileId })) !== null;
    this.answers.set(key, blocked);
    return blocked;
  }

  async list(viewer: Viewer): Promise<Block[]> {
    const rows =
      viewer.role === 'worker'
        ? await BlockModel.find({ profileId: viewer.userId, by: 'worker' }).sort({ at: -1 }).lean<BlockDoc[]>()
        : viewer.orgId
          ? await BlockModel.find({ orgId: viewer.orgId, by: 'organisation' }).sort({ at: -1 }).lean<BlockDoc[]>()
          : [];
    return this.present(rows);
  }

  async create(viewer: Viewer, body: CreateBlockBody): Promise<Block> {
    let target: { orgId: string; profileId: string };
    if ('orgId' in body) {
      if (viewer.role !== 'worker') throw invalid('body.orgId', 'only a worker blocks an organisation');
      if (!(await organisationById(body.orgId))) throw notFound('organisation');
      target = { orgId: body.orgId, profileId: viewer.userId };
    } else {
      if (viewer.role !== 'org' || !viewer.orgId) throw invalid('body.profileId', 'only a member blocks a worker');
      if (!(await ProfileModel.exists({ _id: body.profileId }))) throw notFound('talent record');
      target = { orgId: viewer.orgId, profileId: body.profileId };
    }
    const by: BlockDoc['by'] = viewer.role === 'worker' ? 'worker' : 'organisation';
    const doc = {
      orgId: new mongoose.Types.ObjectId(target.orgId),
      profileId: new mongoose.Types.ObjectId(target.profileId),
      by,
      byUserId: new mongoose.Types.ObjectId(viewer.userId),
      reason: body.reason?.trim() || null,
      at: new Date(),
    };
    let saved: BlockDoc | null;
    try {
      saved = (await BlockModel.create(doc)).toObject() as BlockDoc;
      this.answers.delete(`${target.orgId}:${target.profileId}`);
      this.events.emit('block.created', { ...target, by });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Blocking twice keeps the first block.
      saved = await BlockModel.findOne({ orgId: target.orgId, profileId: target.profileId, by }).lean<BlockDoc>();
    }
    if (!saved) throw notFound('block');
    const [presented] = await this.present([saved]);
    if (!presented) throw notFound('block');
    return presented;
  }

  async remove(viewer: Viewer, id: string): Promise<void> {
    const mine =
      viewer.role === 'worker'
        ? { _id: id, profileId: viewer.userId, by: 'worker' as const }
        : { _id: id, orgId: viewer.orgId ?? null, by: 'organisation' as const };
    const removed = await BlockModel.findOneAndDelete(mine).lean<BlockDoc>();
    if (!removed) throw notFound('block');
    this.answers.delete(`${String(removed.orgId)}:${String(removed.profileId)}`);
    this.events.emit('block.removed', {
      orgId: String(removed.orgId),
      profileId: String(removed.profileId),
      by: removed.by,
    });
  }

  private async present(rows: readonly BlockDoc[]): Promise<Block[]> {
    const [orgs, profiles] = await Promise.all([
      organisationsByIds(rows.map((r) => r.orgId)),
      profilesByIds(rows.map((r) => r.profileId)),
    ]);
    const orgName = new Map(orgs.map((o) => [String(o._id), o.name]));
    const workerName = new Map(profiles.map((p) => [String(p._id), p.personal?.name ?? '']));
    return rows.map((r) => ({
      id: String(r._id),
      by: r.by,
      orgId: String(r.orgId),
      orgName: orgName.get(String(r.orgId)) ?? '',
      profileId: String(r.profileId),
      // An organisation sees the name masked, as in talent search.
      workerName: maskName(workerName.get(String(r.profileId)) ?? ''),
      reason: r.reason,
      at: r.at.toISOString(),
    }));
  }
}

const invalid = (path: string, message: string) =>
  new AppError('validation_failed', message, { issues: [{ path, code: 'wrong_side', message }] });

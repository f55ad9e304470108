import {
  acceptsApplications,
  type CreateInvitationBody,
  INVITATION_TTL_DAYS,
  type InvitationStatus,
  type MyInvitation,
  type SentInvitation,
} from '@shsw/shared';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { after, atMost } from '../../platform/db/selectors.js';
import { sortedPage } from '../../platform/db/sorted-page.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { User } from '../accounts/index.js';
import { ApplicationModel, type ApplicationsService } from '../applications/index.js';
import { organisationsByIds } from '../organisations/index.js';
import { type PositionDoc, PositionModel, positionsByIds } from '../positions/index.js';
import { type ProfileDoc, ProfileModel, profilesByIds } from '../profiles/index.js';
import type { MatchingService } from '../search/index.js';
import { effectiveStatus, type InvitationDoc, InvitationModel, pendingKey } from './invitation.model.js';
import type { InvitationQuota } from './invitation-quota.js';
import { presentMyInvitation, presentSentInvitation } from './invitations.presenter.js';
import { assertAddressVerified, blockedBy, reachableProfile, verifiedOrganisationOf } from './reach.js';

const DAY_MS = 86_400_000;
const refused = (code: 'conflict' | 'already_exists', reason: string, message: string) =>
  new AppError(code, message, { reason });

/**
 * Invitations to apply: an organisation's member invites a worker to one of its open positions;
 * the worker accepts (which applies through ApplicationsService, every check included) or declines.
 */
export class InvitationsService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly applications: ApplicationsService,
    private readonly matching: MatchingService,
    private readonly quota: InvitationQuota,
  ) {}

  async send(viewer: Viewer, body: Required<CreateInvitationBody>, now = new Date()): Promise<SentInvitation> {
    const org = await verifiedOrganisationOf(viewer);
    await assertAddressVerified(viewer);
    const position = await PositionModel.findById(body.positionId).lean<PositionDoc>();
    if (!position || String(position.orgId) !== String(org._id)) throw notFound('position');
    if (!acceptsApplications(position, now)) {
      throw refused('conflict', 'not_open', 'invitations are for open positions only');
    }
    const profile = await reachableProfile(viewer, org, body.profileId);
    const pair = { positionId: position._id, profileId: profile._id };
    if (await InvitationModel.exists({ ...pair, status: 'declined' })) {
      throw refused('conflict', 'declined_before', 'this worker declined an invitation to this position');
    }
    if (await ApplicationModel.exists({ positionId: position._id, workerUserId: profile._id })) {
      throw refused('already_exists', 'already_applied', 'this worker already applied to this position');
    }
    await this.freeSlot(String(position._id), String(profile._id), now);
    const counter = await this.quota.take(String(org._id), now);
    const sender = await User.findById(viewer.userId, { displayName: 1 }).lean<{ displayName: string }>();
    let saved: InvitationDoc;
    try {
      const created = await InvitationModel.create({
        orgId: org._id,
        ...pair,
        byUserId: viewer.userId,
        byName: sender?.displayName ?? '',
        message: body.message,
        status: 'pending',
        activeKey: pendingKey(position._id, profile._id),
        sentAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS),
      });
      saved = created.toObject() as InvitationDoc;
    } catch (err) {
      await this.quota.giveBack(counter);
      if (isDuplicateKey(err)) throw this.alreadyInvited();
      throw err;
    }
    this.events.emit('invitation.sent', {
      invitationId: String(saved._id),
      orgId: String(org._id),
      positionId: String(position._id),
      profileId: String(profile._id),
      byUserId: viewer.userId,
    });
    return presentSentInvitation(saved, { position, workerName: profile.personal?.name ?? '', now });
  }

  private alreadyInvited() {
    return refused(
      'already_exists',
      'already_invited',
      'this worker already has a pending invitation to this position',
    );
  }

  /** A live pending invitation for the pair refuses; one past its expiry is closed first. */
  private async freeSlot(positionId: string, profileId: string, now: Date): Promise<void> {
    const holder = await InvitationModel.findOne({
      activeKey: pendingKey(positionId, profileId),
    }).lean<InvitationDoc>();
    if (!holder) return;
    if (effectiveStatus(holder, now) === 'pending') throw this.alreadyInvited();
    await this.close(holder, { status: 'expired' }, now);
  }

  /** Moves a pending invitation on (compare-and-set on its status), releasing its pending slot. */
  private async close(
    i: Pick<InvitationDoc, '_id'>,
    change: { status: InvitationStatus; declineReason?: string | null; answeredAt?: Date },
    now: Date,
    mustBeLive = false,
  ): Promise<InvitationDoc | null> {
    return InvitationModel.findOneAndUpdate(
      { _id: i._id, status: 'pending', ...(mustBeLive ? { expiresAt: after(now) } : {}) },
      { $set: { ...change, activeKey: String(i._id) } },
      { returnDocument: 'after' },
    ).lean<InvitationDoc>();
  }

  /** Pending invitations past their expiry become expired (the scheduled sweep; lists read them so anyway). */
  async expireDue(scope: { orgId?: string; profileId?: string } = {}, now = new Date()): Promise<number> {
    const due = await InvitationModel.find({ ...scope, status: 'pending' }, { _id: 1, expiresAt: 1 }).lean<
      Pick<InvitationDoc, '_id' | 'expiresAt'>[]
    >();
    let expired = 0;
    for (const i of due) {
      if (i.expiresAt > now) continue;
      const moved = await InvitationModel.findOneAndUpdate(
        { _id: i._id, status: 'pending', expiresAt: atMost(now) },
        { $set: { status: 'expired', activeKey: String(i._id) } },
      );
      if (moved) expired += 1;
    }
    return expired;
  }

  /** A closed organisation's pending invitations are withdrawn: nobody can accept them any more. */
  async withdrawAllOf(orgId: string, now = new Date()): Promise<number> {
    const pending = await InvitationModel.find({ orgId, status: 'pending' }, { _id: 1 }).lean<
      Pick<InvitationDoc, '_id'>[]
    >();
    let withdrawn = 0;
    for (const i of pending) if (await this.close(i, { status: 'withdrawn', answeredAt: now }, now)) withdrawn += 1;
    return withdrawn;
  }

  async sent(
    viewer: Viewer,
    query: { page: number; pageSize: number; positionId?: string; profileId?: string; status?: InvitationStatus },
  ) {
    const orgId = viewer.orgId;
    if (viewer.role !== 'org' || !orgId) throw notFound('organisation');
    const now = new Date();
    await this.expireDue({ orgId }, now);
    const id = (v: string) => new mongoose.Types.ObjectId(v);
    const { items, total } = await sortedPage<InvitationDoc>(InvitationModel, {
      equals: {
        orgId: id(orgId),
        ...(query.positionId ? { positionId: id(query.positionId) } : {}),
        ...(query.profileId ? { profileId: id(query.profileId) } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      sort: { field: 'sentAt', descending: true },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const [positions, profiles] = await Promise.all([
      positionsByIds(items.map((i) => i.positionId)),
      profilesByIds(items.map((i) => i.profileId)),
    ]);
    const position = new Map(positions.map((p) => [String(p._id), p]));
    const name = new Map(profiles.map((p) => [String(p._id), p.personal?.name ?? '']));
    return {
      items: items.map((i) =>
        presentSentInvitation(i, {
          position: position.get(String(i.positionId)),
          workerName: name.get(String(i.profileId)) ?? '',
          now,
        }),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async withdraw(viewer: Viewer, id: string): Promise<SentInvitation> {
    const now = new Date();
    const found = await InvitationModel.findOne({ _id: id, orgId: viewer.orgId ?? null }).lean<InvitationDoc>();
    if (!found) throw notFound('invitation');
    const moved = await this.close(found, { status: 'withdrawn', answeredAt: now }, now, true);
    if (!moved) throw await this.notPending(id, now);
    const [position, profile] = await Promise.all([
      PositionModel.findById(moved.positionId).lean<PositionDoc>(),
      ProfileModel.findById(moved.profileId).lean<ProfileDoc>(),
    ]);
    return presentSentInvitation(moved, {
      position: position ?? undefined,
      workerName: profile?.personal?.name ?? '',
      now,
    });
  }

  private async notPending(id: string, now: Date): Promise<AppError> {
    const current = await InvitationModel.findById(id).lean<InvitationDoc>();
    const from = current ? effectiveStatus(current, now) : 'withdrawn';
    return new AppError('invalid_transition', `this invitation is ${from}`, {
      from,
      allowed: [],
      ...(from === 'expired' ? { reason: 'expired' } : {}),
    });
  }

  async mine(viewer: Viewer, status: InvitationStatus | undefined): Promise<MyInvitation[]> {
    const now = new Date();
    const rows = await InvitationModel.find({ profileId: viewer.userId })
      .sort({ sentAt: -1 })
      .limit(200)
      .lean<InvitationDoc[]>();
    const wanted = status ? rows.filter((r) => effectiveStatus(r, now) === status) : rows;
    return this.presentForWorker(viewer, wanted, now);
  }

  private async presentForWorker(viewer: Viewer, rows: InvitationDoc[], now: Date): Promise<MyInvitation[]> {
    const [positions, orgs, profile] = await Promise.all([
      positionsByIds(rows.map((i) => i.positionId)),
      organisationsByIds(rows.map((i) => i.orgId)),
      ProfileModel.findById(viewer.userId).lean<ProfileDoc>(),
    ]);
    const position = new Map(positions.map((p) => [String(p._id), p]));
    const org = new Map(orgs.map((o) => [String(o._id), o]));
    return rows.map((i) => {
      const p = position.get(String(i.positionId));
      const o = org.get(String(i.orgId));
      const match =
        p && o && profile ? this.matching.explain(profile, p, o) : { score: 0, eligible: false, reasons: [] };
      return presentMyInvitation(i, { position: p, org: o, match, now });
    });
  }

  private async own(viewer: Viewer, id: string): Promise<InvitationDoc> {
    const found = await InvitationModel.findOne({ _id: id, profileId: viewer.userId }).lean<InvitationDoc>();
    if (!found) throw notFound('invitation');
    return found;
  }

  /**
   * Accepting claims the invitation first (compare-and-set: of parallel accepts one wins), then
   * applies through the ordinary path; if applying is refused, the claim is undone and the
   * refusal answered, so nothing is left half-done.
   */
  async accept(viewer: Viewer, id: string): Promise<{ invitation: MyInvitation; applicationId: string }> {
    const now = new Date();
    const found = await this.own(viewer, id);
    if (await blockedBy(String(found.orgId), viewer.userId)) {
      throw refused('conflict', 'blocked', 'a block stands between you and this organisation');
    }
    const claimed = await this.close(found, { status: 'accepted', answeredAt: now }, now, true);
    if (!claimed) throw await this.notPending(id, now);
    let applicationId: string;
    try {
      const application = await this.applications.apply(viewer, String(found.positionId), '');
      applicationId = String(application._id);
    } catch (err) {
      await InvitationModel.updateOne(
        { _id: found._id, status: 'accepted', applicationId: null },
        { $set: { status: 'pending', answeredAt: null, activeKey: found.activeKey } },
      ).catch(() => undefined);
      throw err;
    }
    const done = await InvitationModel.findOneAndUpdate(
      { _id: found._id },
      { $set: { applicationId: new mongoose.Types.ObjectId(applicationId) } },
      { returnDocument: 'after' },
    ).lean<InvitationDoc>();
    this.answered(found, 'accepted', applicationId);
    const [invitation] = await this.presentForWorker(viewer, [done ?? claimed], now);
    if (!invitation) throw notFound('invitation');
    return { invitation, applicationId };
  }

  async decline(viewer: Viewer, id: string, reason: string): Promise<MyInvitation> {
    const now = new Date();
    const found = await this.own(viewer, id);
    const moved = await this.close(
      found,
      { status: 'declined', declineReason: reason || null, answeredAt: now },
      now,
      true,
    );
    if (!moved) throw await this.notPending(id, now);
    this.answered(found, 'declined', null);
    const [invitation] = await this.presentForWorker(viewer, [moved], now);
    if (!invitation) throw notFound('invitation');
    return invitation;
  }

  private answered(i: InvitationDoc, answer: 'accepted' | 'declined', applicationId: string | null): void {
    this.events.emit('invitation.answered', {
      invitationId: String(i._id),
      orgId: String(i.orgId),
      positionId: String(i.positionId),
      profileId: String(i.profileId),
      answer,
      applicationId,
    });
  }

  async quotaOf(viewer: Viewer, perDay: number) {
    return { perDay, usedToday: viewer.orgId ? await this.quota.usedToday(viewer.orgId) : 0 };
  }
}

import type { ClosurePreview } from '@shsw/shared';
import type { Request } from 'express';
import { AppError, forbidden, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { type AuthService, User, updateSessionsOf } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { InviteModel } from './invite.model.js';
import { forgetOrganisation, type OrganisationDoc, OrganisationModel } from './organisation.model.js';
import { organisationPolicy as policy } from './organisations.policy.js';

/**
 * An organisation's work, counted by the modules that own it (positions, applications) and handed
 * in by the composition root: organisations cannot import them, since they import organisations.
 */
export interface OrganisationWork {
  livePositions(orgId: string): Promise<number>;
  activeApplications(orgId: string): Promise<number>;
}

function assertOwner(viewer: Viewer, orgId: string, what: string): void {
  if (!policy.isOwner(viewer, orgId)) {
    throw policy.isMember(viewer, orgId) ? forbidden(`only the owner may ${what}`) : notFound('organisation');
  }
}

async function liveOrg(orgId: string): Promise<OrganisationDoc> {
  const org = await OrganisationModel.findById(orgId).lean<OrganisationDoc>();
  if (!org) throw notFound('organisation');
  if (org.status === 'closed') {
    throw new AppError('invalid_transition', 'the organisation has closed', { from: 'closed', allowed: [] });
  }
  return org;
}

/**
 * An organisation always has an owner: the owner hands it to another member, or closes it. Only
 * then can the last owner delete their account (see privacy).
 */
export class OrganisationLifecycle {
  constructor(
    private readonly events: DomainEventBus,
    private readonly auth: Pick<AuthService, 'confirmPassword'>,
    private readonly work: OrganisationWork,
  ) {}

  /** The owner hands over to a recruiter of the organisation and becomes a recruiter. */
  async transferOwnership(viewer: Viewer, orgId: string, toUserId: string, ip: string | null): Promise<void> {
    assertOwner(viewer, orgId, 'hand the organisation over');
    if (toUserId === viewer.userId) throw new AppError('conflict', 'you are the owner already');
    await liveOrg(orgId);
    // Promote first, then step down: for a moment two owners, never none (no transactions here).
    const promoted = await User.updateOne(
      { _id: toUserId, orgId, orgRole: 'recruiter', status: 'active' },
      { $set: { orgRole: 'owner' } },
    );
    if (promoted.modifiedCount !== 1) throw notFound('member');
    const stepped = await User.updateOne(
      { _id: viewer.userId, orgId, orgRole: 'owner' },
      { $set: { orgRole: 'recruiter' } },
    );
    if (stepped.modifiedCount !== 1) {
      await User.updateOne({ _id: toUserId, orgId, orgRole: 'owner' }, { $set: { orgRole: 'recruiter' } });
      throw new AppError('conflict', 'your membership changed meanwhile; reload and try again');
    }
    await OrganisationModel.updateOne({ _id: orgId }, { $set: { ownerId: toUserId } });
    forgetOrganisation(orgId);
    await updateSessionsOf(toUserId, { orgRole: 'owner' });
    await updateSessionsOf(viewer.userId, { orgRole: 'recruiter' });
    await recordAudit({
      action: 'ownership_transferred',
      actor: viewer,
      target: { type: 'organisation', id: orgId },
      ip,
      details: { toUserId },
    });
    this.events.emit('organisation.ownership_transferred', { orgId, fromUserId: viewer.userId, toUserId });
  }

  /** What closing would do now, for the owner's confirmation. */
  async closurePreview(viewer: Viewer, orgId: string): Promise<ClosurePreview> {
    assertOwner(viewer, orgId, 'close the organisation');
    await liveOrg(orgId);
    const [positions, activeApplications, members] = await Promise.all([
      this.work.livePositions(orgId),
      this.work.activeApplications(orgId),
      User.countDocuments({ orgId }),
    ]);
    return { positions, activeApplications, members };
  }

  /**
   * Closes the organisation for good. Its record, positions and applications stay (they are the
   * statistics' inputs); the contact person's details go, every membership and invitation ends,
   * and its positions and pipelines end just after (the `organisation.closed` event).
   */
  async close(viewer: Viewer, orgId: string, password: string, req: Request): Promise<void> {
    const ip = req.ip ?? null;
    assertOwner(viewer, orgId, 'close the organisation');
    await this.auth.confirmPassword(req, viewer.userId, password);
    const org = await liveOrg(orgId);
    const now = new Date();
    const closed = await OrganisationModel.updateOne(
      { _id: orgId, status: org.status },
      {
        $set: { status: 'closed', closedAt: now, contact: { name: '', mobile: '', email: null } },
        $push: { statusHistory: { status: 'closed', at: now, by: viewer.userId, reason: 'closed_by_owner' } },
      },
    );
    forgetOrganisation(orgId);
    if (closed.modifiedCount !== 1) throw new AppError('conflict', 'the organisation changed meanwhile; reload');
    const members = await User.find({ orgId }, { _id: 1 }).lean<{ _id: unknown }[]>();
    const formerMemberIds: string[] = [];
    for (const member of members) {
      const userId = String(member._id);
      const left = await User.updateOne({ _id: userId, orgId }, { $set: { orgId: null, orgRole: null } });
      if (left.modifiedCount !== 1) continue;
      formerMemberIds.push(userId);
      await updateSessionsOf(userId, { orgId: null, orgRole: null });
      this.events.emit('user.membership_changed', { userId });
    }
    await InviteModel.updateMany({ orgId, acceptedAt: null, revokedAt: null }, { $set: { revokedAt: now } });
    await recordAudit({
      action: 'organisation_closed',
      actor: viewer,
      target: { type: 'organisation', id: orgId },
      ip,
      details: { formerMembers: formerMemberIds.length },
    });
    this.events.emit('organisation.closed', { orgId, reason: 'organisation_closed', formerMemberIds });
  }
}

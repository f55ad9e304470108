import {
  type BulkDecisionResult,
  type CreateOrganisationBody,
  findStreet,
  type organisationQueueQuerySchema,
  organisationTypes,
  qualifiesAsAgency,
  type StaffFigures,
  validateStaffFigures,
} from '@shsw/shared';
import mongoose from 'mongoose';
import type { z } from 'zod';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { atMost, oneOf, trusted } from '../../platform/db/selectors.js';
import { AppError, forbidden, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { User, type UserDoc, updateSessionsOf } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { forgetOrganisation, type OrganisationDoc, OrganisationModel } from './organisation.model.js';
import { organisationPolicy as policy } from './organisations.policy.js';
import { presentOrganisation } from './organisations.presenter.js';

type CreateInput = Omit<CreateOrganisationBody, 'contact'> & {
  contact: { name: string; mobile: string; email: string | null };
};

function assertStaffFigures(staff: StaffFigures): void {
  const result = validateStaffFigures(staff);
  if (!result.ok) {
    throw new AppError('validation_failed', 'the staff figures do not add up', {
      issues: result.issues.map((i) => ({
        path: `body.staff.${i.field}`,
        code: i.code,
        message: i.code.replaceAll('_', ' '),
      })),
    });
  }
}

function assertStreetFitsType(type: string, streetCode: string): void {
  const tied = organisationTypes.find((t) => t.code === type)?.tiedToStreet;
  if (tied && findStreet(streetCode)?.statisticalOnly) {
    throw new AppError('validation_failed', 'a street/town station must be tied to a street or town', {
      issues: [
        {
          path: 'body.streetCode',
          code: 'not_a_street',
          message: 'pick a 街道, 镇 or 乡, not a statistical-only unit',
        },
      ],
    });
  }
}

async function loadOrg(id: string): Promise<OrganisationDoc> {
  const org = await OrganisationModel.findById(id).lean<OrganisationDoc>();
  if (!org) throw notFound('organisation');
  return org;
}

export class OrganisationsService {
  constructor(private readonly events: DomainEventBus) {}

  /** Registers an organisation with the caller as owner; it awaits the bureau's verification. */
  async register(viewer: Viewer, input: CreateInput, ip: string | null): Promise<OrganisationDoc> {
    if (viewer.orgId) throw new AppError('conflict', 'this account already belongs to an organisation');
    assertStaffFigures(input.staff);
    assertStreetFitsType(input.type, input.streetCode);
    const tiedToStreet = organisationTypes.find((t) => t.code === input.type)?.tiedToStreet;
    if (tiedToStreet) {
      const existing = await OrganisationModel.exists({
        type: input.type,
        streetCode: input.streetCode,
        status: oneOf(['pending', 'verified']),
      });
      if (existing) throw new AppError('already_exists', 'this street/town already has one registered');
    }
    let org: OrganisationDoc;
    try {
      const created = await OrganisationModel.create({
        ...input,
        agencyQualified: qualifiesAsAgency({
          staff: input.staff,
          charterStatesSocialWorkAims: input.charterStatesSocialWorkAims,
        }),
        statusHistory: [{ status: 'pending', at: new Date(), by: viewer.userId }],
        ownerId: viewer.userId,
      });
      org = created.toObject() as OrganisationDoc;
    } catch (err) {
      if (isDuplicateKey(err))
        throw new AppError('already_exists', 'an organisation with this credit code is registered');
      throw err;
    }
    // No transactions on FerretDB: claim the account conditionally, and undo the organisation if we lost a race.
    const claimed = await User.updateOne(
      { _id: viewer.userId, orgId: null },
      { $set: { orgId: org._id, orgRole: 'owner' } },
    );
    if (claimed.modifiedCount !== 1) {
      await OrganisationModel.deleteOne({ _id: org._id });
      forgetOrganisation(org._id);
      throw new AppError('conflict', 'this account already belongs to an organisation');
    }
    await updateSessionsOf(viewer.userId, { orgId: String(org._id), orgRole: 'owner' });
    await recordAudit({
      action: 'organisation_registered',
      actor: viewer,
      target: { type: 'organisation', id: String(org._id) },
      ip,
    });
    this.events.emit('organisation.registered', { orgId: String(org._id) });
    return org;
  }

  async mine(viewer: Viewer): Promise<OrganisationDoc | null> {
    return viewer.orgId ? OrganisationModel.findById(viewer.orgId).lean<OrganisationDoc>() : null;
  }

  /** Anyone sees verified organisations; members and the bureau also see pending and rejected ones. */
  async get(viewer: Viewer | null, id: string): Promise<{ org: OrganisationDoc; detail: boolean }> {
    const org = await loadOrg(id);
    const detail = policy.canReadDetail(viewer, id);
    if (org.status !== 'verified' && !detail) throw notFound('organisation');
    return { org, detail };
  }

  async update(viewer: Viewer, id: string, patch: Partial<CreateInput>): Promise<OrganisationDoc> {
    if (!policy.isOwner(viewer, id))
      throw policy.isMember(viewer, id) ? forbidden('only the owner may change this') : notFound('organisation');
    const org = await loadOrg(id);
    if (patch.name !== undefined && patch.name !== org.name && org.status === 'verified') {
      throw new AppError('conflict', 'the name of a verified organisation cannot change; ask the bureau');
    }
    const next = { ...org, ...patch } as OrganisationDoc & CreateInput;
    if (patch.staff) assertStaffFigures(patch.staff);
    if (patch.type || patch.streetCode) assertStreetFitsType(next.type, next.streetCode);
    const set: Record<string, unknown> = {
      ...patch,
      agencyQualified: qualifiesAsAgency({
        staff: next.staff as StaffFigures,
        charterStatesSocialWorkAims: next.charterStatesSocialWorkAims,
      }),
    };
    const update: Record<string, unknown> = { $set: set };
    // A rejected organisation that corrects itself goes back to the queue.
    if (org.status === 'rejected') {
      set.status = 'pending';
      update.$push = { statusHistory: { status: 'pending', at: new Date(), by: viewer.userId, reason: 'resubmitted' } };
    }
    const updated = await OrganisationModel.findOneAndUpdate({ _id: id }, update, {
      returnDocument: 'after',
    }).lean<OrganisationDoc>();
    forgetOrganisation(id);
    if (!updated) throw notFound('organisation');
    this.events.emit('organisation.updated', { orgId: id });
    return updated;
  }

  async members(viewer: Viewer, id: string): Promise<UserDoc[]> {
    if (!policy.isMember(viewer, id)) throw notFound('organisation');
    return User.find({ orgId: id }).sort({ createdAt: 1 }).lean<UserDoc[]>();
  }

  async removeMember(viewer: Viewer, id: string, userId: string, ip: string | null): Promise<void> {
    if (!policy.isOwner(viewer, id))
      throw policy.isMember(viewer, id) ? forbidden('only the owner may remove members') : notFound('organisation');
    if (userId === viewer.userId) throw new AppError('conflict', 'the owner cannot remove themselves');
    const removed = await User.updateOne(
      { _id: userId, orgId: id, orgRole: 'recruiter' },
      { $set: { orgId: null, orgRole: null } },
    );
    if (removed.modifiedCount !== 1) throw notFound('member');
    await updateSessionsOf(userId, { orgId: null, orgRole: null });
    this.events.emit('user.membership_changed', { userId });
    await recordAudit({
      action: 'member_removed',
      actor: viewer,
      target: { type: 'user', id: userId },
      ip,
      details: { orgId: id },
    });
  }

  /** The verification queue, oldest first: searched by name or credit code, filtered by district, type and age. */
  async queue(query: z.output<typeof organisationQueueQuerySchema>, now = new Date()) {
    const filter: Record<string, unknown> = { status: query.status };
    if (query.districtCode) filter.districtCode = query.districtCode;
    if (query.type) filter.type = query.type;
    if (query.olderThanDays) filter.createdAt = atMost(new Date(now.getTime() - query.olderThanDays * 86400_000));
    if (query.q) {
      const pattern = query.q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      filter.$or = ['name', 'creditCode'].map((f) => ({ [f]: trusted({ $regex: pattern, $options: 'i' }) }));
    }
    const [items, total] = await Promise.all([
      OrganisationModel.find(filter)
        .sort({ createdAt: 1, _id: 1 })
        .skip((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .lean<OrganisationDoc[]>(),
      OrganisationModel.countDocuments(filter),
    ]);
    return { items: items.map((o) => presentOrganisation(o)), total, page: query.page, pageSize: query.pageSize };
  }

  /** One decision over many organisations: each decided and audited on its own; failures reported, not fatal. */
  async decideMany(
    viewer: Viewer,
    input: { ids: string[]; decision: 'verify' | 'reject'; reason?: string },
    ip: string | null,
  ): Promise<BulkDecisionResult> {
    const results: BulkDecisionResult['results'] = [];
    for (const id of input.ids) {
      try {
        await this.decide(
          viewer,
          id,
          input.decision === 'reject' ? { decision: 'reject', reason: input.reason ?? '' } : { decision: 'verify' },
          ip,
        );
        results.push({ id, outcome: 'done', code: null, message: null });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        results.push({ id, outcome: 'skipped', code: err.code, message: err.message });
      }
    }
    const done = results.filter((r) => r.outcome === 'done').length;
    return { done, skipped: results.length - done, results };
  }

  /** pending → verified | rejected; rejected → verified; verified → rejected (revocation, with a reason). */
  async decide(
    viewer: Viewer,
    id: string,
    decision: { decision: 'verify' } | { decision: 'reject'; reason: string },
    ip: string | null,
  ): Promise<OrganisationDoc> {
    const org = await loadOrg(id);
    if (org.status === 'closed')
      throw new AppError('invalid_transition', 'the organisation has closed', { from: 'closed', allowed: [] });
    const to = decision.decision === 'verify' ? 'verified' : 'rejected';
    if (org.status === to) {
      const allowed = org.status === 'verified' ? ['reject'] : ['verify'];
      throw new AppError('invalid_transition', `already ${org.status}`, { from: org.status, allowed });
    }
    const reason = decision.decision === 'reject' ? decision.reason : null;
    const now = new Date();
    const updated = await OrganisationModel.findOneAndUpdate(
      { _id: id, status: org.status },
      {
        $set: {
          status: to,
          verification: { decidedAt: now, decidedBy: new mongoose.Types.ObjectId(viewer.userId), reason },
        },
        $push: { statusHistory: { status: to, at: now, by: viewer.userId, reason } },
      },
      { returnDocument: 'after' },
    ).lean<OrganisationDoc>();
    forgetOrganisation(id);
    if (!updated) throw new AppError('conflict', 'the organisation changed meanwhile; reload and decide again');
    await recordAudit({
      action: to === 'verified' ? 'organisation_verified' : 'organisation_rejected',
      actor: viewer,
      target: { type: 'organisation', id },
      ip,
      details: reason ? { reason } : {},
    });
    this.events.emit('organisation.verification_decided', { orgId: id, status: to, reason });
    return updated;
  }
}

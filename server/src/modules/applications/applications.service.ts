import {
  type ApplicationStatus,
  acceptsApplications,
  activeApplicationStatuses,
  allowedApplicationMoves,
  applicationReadiness,
} from '@shsw/shared';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { forEachLimited } from '../../platform/db/find-by-ids.js';
import { sortedPage } from '../../platform/db/sorted-page.js';
import { sqlCountBy } from '../../platform/db/sql-reads.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus, OrganisationEndReason } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { User } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { type OrganisationDoc, OrganisationModel } from '../organisations/index.js';
import { type PositionDoc, type PositionsService, positionsForDisplay } from '../positions/index.js';
import { type ProfileDoc, ProfileModel, type ProfilesService } from '../profiles/index.js';
import { type ApplicationDoc, ApplicationModel } from './application.model.js';

type Interview = { at: string; place: string };
const active = new Set<ApplicationStatus>(activeApplicationStatuses);

export class ApplicationsService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly positions: PositionsService,
    private readonly profiles: ProfilesService,
  ) {}

  async apply(viewer: Viewer, positionId: string, note: string): Promise<ApplicationDoc> {
    const position = await this.positions.get(viewer, positionId);
    if (!acceptsApplications(position, new Date())) {
      throw new AppError('conflict', 'this position is not taking applications', {
        reason: 'not_open',
        status: position.status,
      });
    }
    const org = await OrganisationModel.findById(position.orgId).lean<OrganisationDoc>();
    // Closing ends its positions just after the response: refuse what arrives in between.
    if (!org || org.status === 'closed') {
      throw new AppError('conflict', 'this organisation has closed', { reason: 'organisation_closed' });
    }
    const profile = await this.profiles.ensure(viewer);
    if (profile.hideFrom.includes(org.creditCode)) {
      throw new AppError(
        'conflict',
        'your record is hidden from this organisation; remove it from your hide-from list to apply',
        {
          reason: 'hidden_from_employer',
        },
      );
    }
    // The employer must be able to answer: nothing is written for a record without the minimum.
    const readiness = applicationReadiness(profile);
    if (!readiness.ready) {
      throw new AppError('profile_incomplete', 'complete your talent record before applying', {
        missing: readiness.missing,
      });
    }
    const now = new Date();
    try {
      const created = await ApplicationModel.create({
        positionId: position._id,
        orgId: position.orgId,
        workerUserId: viewer.userId,
        profileId: profile._id,
        status: 'submitted',
        note,
        history: [{ status: 'submitted', at: now, actor: 'worker', by: viewer.userId, message: note || null }],
      });
      const application = created.toObject() as ApplicationDoc;
      this.events.emit('application.submitted', {
        applicationId: String(application._id),
        positionId,
        orgId: String(position.orgId),
        workerUserId: viewer.userId,
      });
      return application;
    } catch (err) {
      if (isDuplicateKey(err)) throw new AppError('already_exists', 'you have already applied to this position');
      throw err;
    }
  }

  /** The application, if the viewer is its applicant or a member of the posting organisation. */
  async load(viewer: Viewer, id: string): Promise<{ application: ApplicationDoc; side: 'worker' | 'employer' }> {
    const application = await ApplicationModel.findById(id).lean<ApplicationDoc>();
    if (application && viewer.role === 'worker' && String(application.workerUserId) === viewer.userId) {
      return { application, side: 'worker' };
    }
    if (application && viewer.role === 'org' && viewer.orgId === String(application.orgId)) {
      return { application, side: 'employer' };
    }
    throw notFound('application');
  }

  /**
   * Opening an application. An employer's opening is recorded (the audit log, which the applicant's
   * data export shows) but changes no stage: telling the applicant "已查看" is the recruiter's
   * explicit step ("标为已查看"), so a glance at the board never notifies anyone.
   */
  async open(viewer: Viewer, id: string): Promise<{ application: ApplicationDoc; side: 'worker' | 'employer' }> {
    const loaded = await this.load(viewer, id);
    if (loaded.side === 'employer')
      await recordAudit({
        action: 'application_opened',
        actor: viewer,
        target: { type: 'application', id },
        details: { profileId: String(loaded.application.profileId), status: loaded.application.status },
      });
    return loaded;
  }

  async move(
    viewer: Viewer,
    id: string,
    body: { to: ApplicationStatus; interview?: Interview | undefined; message?: string | undefined },
  ): Promise<ApplicationDoc> {
    const { application, side } = await this.load(viewer, id);
    const actor = side === 'worker' ? 'worker' : 'employer';
    const allowed = allowedApplicationMoves(application.status, actor);
    if (!allowed.includes(body.to)) {
      throw new AppError('invalid_transition', `cannot move a ${application.status} application to ${body.to}`, {
        from: application.status,
        allowed,
      });
    }
    if (body.to === 'hired') {
      const position = await this.positions.fillOne(String(application.positionId), viewer.userId);
      await this.recordHire(application, position, viewer.userId);
    }
    const moved = await this.write(application, body.to, actor, viewer.userId, {
      ...(body.interview ? { interview: body.interview } : {}),
      message: body.message ?? null,
    });
    if (!moved) throw new AppError('conflict', 'the application changed meanwhile; reload and try again');
    return moved;
  }

  private async write(
    application: ApplicationDoc,
    to: ApplicationStatus,
    actor: 'worker' | 'employer' | 'system',
    by: string | null,
    extra: { interview?: Interview; message?: string | null; reason?: OrganisationEndReason },
  ): Promise<ApplicationDoc | null> {
    const moved = await ApplicationModel.findOneAndUpdate(
      { _id: application._id, version: application.version },
      {
        $set: { status: to, ...(extra.interview ? { interview: extra.interview } : {}) },
        $push: {
          history: {
            status: to,
            at: new Date(),
            actor,
            by,
            message: extra.message ?? null,
            interview: extra.interview ?? null,
            reason: extra.reason ?? null,
          },
        },
        $inc: { version: 1 },
      },
      { returnDocument: 'after' },
    ).lean<ApplicationDoc>();
    if (moved) {
      this.events.emit('application.status_changed', {
        applicationId: String(application._id),
        positionId: String(application.positionId),
        orgId: String(application.orgId),
        workerUserId: String(application.workerUserId),
        from: application.status,
        to,
        actor,
      });
    }
    return moved;
  }

  /** A hire through the platform enters the worker's service history, confirmed by the employer. */
  private async recordHire(application: ApplicationDoc, position: PositionDoc, byUserId: string): Promise<void> {
    const org = await OrganisationModel.findById(position.orgId).lean<OrganisationDoc>();
    await this.profiles.addConfirmedService(String(application.profileId), {
      organisationName: org?.name ?? '',
      organisationId: position.orgId,
      domains: [position.primaryDomain, ...(position.secondaryDomain ? [position.secondaryDomain] : [])],
      role: position.title,
      from: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10),
      byUserId,
    });
  }

  /**
   * Ends every application still in progress at an organisation that closed or is gone: status
   * `ended` with the reason, each applicant notified (application.status_changed). Safe to repeat.
   */
  async endAllOf(orgId: string, reason: OrganisationEndReason): Promise<number> {
    let ended = 0;
    const listed = await ApplicationModel.find({ orgId }).lean<ApplicationDoc[]>();
    for (const first of listed) {
      let application: ApplicationDoc | null = first;
      for (let attempt = 0; attempt < 5 && application && active.has(application.status); attempt += 1) {
        if (await this.write(application, 'ended', 'system', null, { reason })) {
          ended += 1;
          break;
        }
        application = await ApplicationModel.findById(first._id).lean<ApplicationDoc>();
      }
    }
    return ended;
  }

  /** How many of an organisation's applications are still in progress (closing would end them). */
  async activeCountOf(orgId: string): Promise<number> {
    const rows = await ApplicationModel.aggregate<{ _id: string; n: number }>([
      { $match: { orgId: new mongoose.Types.ObjectId(orgId) } },
      { $group: { _id: '$status', n: { $sum: 1 } } },
    ]);
    return rows.filter((r) => active.has(r._id as ApplicationStatus)).reduce((sum, r) => sum + r.n, 0);
  }

  async addNote(viewer: Viewer, id: string, text: string): Promise<ApplicationDoc> {
    const { application, side } = await this.load(viewer, id);
    if (side !== 'employer') throw notFound('application');
    const user = await User.findById(viewer.userId).lean<{ displayName: string }>();
    const updated = await ApplicationModel.findOneAndUpdate(
      { _id: application._id },
      { $push: { employerNotes: { at: new Date(), by: viewer.userId, byName: user?.displayName ?? '', text } } },
      { returnDocument: 'after' },
    ).lean<ApplicationDoc>();
    if (!updated) throw notFound('application');
    return updated;
  }

  /** Unmasked contact for the employer of this application: verified organisations only, and audited. */
  async contact(viewer: Viewer, id: string, ip: string | null) {
    const { application, side } = await this.load(viewer, id);
    if (side !== 'employer') throw notFound('application');
    const org = await OrganisationModel.findById(application.orgId).lean<OrganisationDoc>();
    if (org?.status !== 'verified')
      throw new AppError('not_verified', 'contact details are shown to verified organisations only');
    const profile = await ProfileModel.findById(application.profileId).lean<ProfileDoc>();
    if (!profile) throw notFound('applicant');
    await recordAudit({
      action: 'contact_revealed',
      actor: viewer,
      target: { type: 'profile', id: String(profile._id) },
      ip,
      details: { viewerKind: 'organisation', viewerName: org.name, applicationId: id },
    });
    return { name: profile.personal.name, mobile: profile.personal.mobile, email: profile.personal.email };
  }

  async forPosition(
    viewer: Viewer,
    positionId: string,
    status: ApplicationStatus | undefined,
    page: number,
    pageSize: number,
  ) {
    const position = await this.positions.loadForMember(viewer, positionId);
    const { items, total } = await sortedPage<ApplicationDoc>(ApplicationModel, {
      equals: { positionId: position._id, ...(status ? { status } : {}) },
      sort: { field: 'createdAt', descending: false },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items, total, page, pageSize, position };
  }

  async mine(viewer: Viewer, page: number, pageSize: number) {
    const { items, total } = await sortedPage<ApplicationDoc>(ApplicationModel, {
      equals: { workerUserId: new mongoose.Types.ObjectId(viewer.userId) },
      sort: { field: 'createdAt', descending: true },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items, total, page, pageSize };
  }

  /**
   * Applications by stage for each position (the employer's list): one grouped count per position,
   * in parallel. Each is an index scan on `positionId`; one `$in` over all of them would be a scan
   * of every application on FerretDB, which pushes down only equality.
   */
  async stageCounts(positionIds: readonly mongoose.Types.ObjectId[]): Promise<Map<string, Record<string, number>>> {
    const out = new Map<string, Record<string, number>>();
    // On FerretDB over PostgreSQL: one grouped count for the whole page, from the index.
    const grouped = await sqlCountBy({
      collection: ApplicationModel.collection.collectionName,
      equals: {},
      oneOf: { positionId: positionIds },
      groupBy: ['positionId', 'status'],
    });
    if (grouped) {
      for (const id of positionIds) out.set(String(id), {});
      for (const { key, n } of grouped) {
        const counts = out.get(String(key[0]));
        if (counts) counts[String(key[1])] = n;
      }
      return out;
    }
    await forEachLimited(positionIds, 8, async (positionId) => {
      const rows = await ApplicationModel.aggregate<{ _id: string; n: number }>([
        { $match: { positionId } },
        { $group: { _id: '$status', n: { $sum: 1 } } },
      ]);
      out.set(String(positionId), Object.fromEntries(rows.map((row) => [row._id, row.n])));
    });
    return out;
  }

  /** The positions beside a page of applications (for display: through the short cache). */
  async positionsById(ids: readonly mongoose.Types.ObjectId[]): Promise<Map<string, PositionDoc>> {
    const rows = await positionsForDisplay(ids);
    return new Map(rows.map((p) => [String(p._id), p]));
  }
}

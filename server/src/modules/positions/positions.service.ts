import {
  allowedPositionMoves,
  type CreatePositionBody,
  compareSalary,
  DEFAULT_DEADLINE_DAYS,
  deadlineEnd,
  type GuidanceLevel,
  type PositionStatus,
} from '@shsw/shared';
import mongoose from 'mongoose';
import { atMost } from '../../platform/db/selectors.js';
import { sortedPage } from '../../platform/db/sorted-page.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { recordAudit } from '../audit/index.js';
import {
  type OrganisationDoc,
  OrganisationModel,
  organisationById,
  organisationsByIds,
} from '../organisations/index.js';
import { forgetPosition, type PositionDoc, PositionModel, positionForDisplay } from './position.model.js';
import { transitionPosition } from './position-transition.js';
import type { SalaryGuidanceService } from './salary-guidance.service.js';

type PositionInput = Omit<
  CreatePositionBody,
  'secondaryDomain' | 'skills' | 'benefits' | 'governmentPurchase' | 'deadline'
> & {
  secondaryDomain: string | null;
  skills: string[];
  benefits: string[];
  governmentPurchase: { funder: string; projectEndDate: string } | null;
  deadline: string | null;
};

const isMemberOf = (viewer: Viewer | null, orgId: unknown) => viewer?.role === 'org' && viewer.orgId === String(orgId);
const shanghaiToday = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);

export class PositionsService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly guidance: SalaryGuidanceService,
  ) {}

  private async orgOf(viewer: Viewer): Promise<OrganisationDoc> {
    if (!viewer.orgId) throw new AppError('conflict', 'register your organisation first');
    const org = await OrganisationModel.findById(viewer.orgId).lean<OrganisationDoc>();
    // A closed organisation's members lose their membership as it closes; until then, nothing new.
    if (!org || org.status === 'closed') throw notFound('organisation');
    return org;
  }

  /** A street/town station recruits for its own street. */
  private assertPlace(org: OrganisationDoc, input: PositionInput): void {
    if (org.type === 'street_station' && input.streetCode !== org.streetCode) {
      throw new AppError('validation_failed', "a station's positions are at its own street/town", {
        issues: [{ path: 'body.streetCode', code: 'station_street', message: `use ${org.streetCode}` }],
      });
    }
  }

  async create(viewer: Viewer, input: PositionInput): Promise<PositionDoc> {
    const org = await this.orgOf(viewer);
    this.assertPlace(org, input);
    const now = new Date();
    const created = await PositionModel.create({
      ...input,
      orgId: org._id,
      createdBy: viewer.userId,
      status: 'draft',
      statusHistory: [{ status: 'draft', at: now, by: viewer.userId }],
      deadlineAt: input.deadline ? deadlineEnd(input.deadline) : null,
    });
    return created.toObject() as PositionDoc;
  }

  /**
   * Published positions are public; drafts exist only for their organisation. A position whose
   * organisation's record is gone (left by earlier versions) is gone too.
   */
  async get(viewer: Viewer | null, id: string): Promise<PositionDoc> {
    return this.visible(viewer, await PositionModel.findById(id).lean<PositionDoc>());
  }

  /** The position as the page shows it: read through the short display cache (never for writes). */
  async show(viewer: Viewer | null, id: string): Promise<PositionDoc> {
    return this.visible(viewer, await positionForDisplay(id));
  }

  private async visible(viewer: Viewer | null, position: PositionDoc | null): Promise<PositionDoc> {
    if (!position || (position.status === 'draft' && !isMemberOf(viewer, position.orgId))) throw notFound('position');
    if (!(await organisationById(position.orgId))) throw notFound('position');
    return position;
  }

  async loadForMember(viewer: Viewer, id: string): Promise<PositionDoc> {
    const position = await PositionModel.findById(id).lean<PositionDoc>();
    if (!position || !isMemberOf(viewer, position.orgId)) throw notFound('position');
    return position;
  }

  async update(
    viewer: Viewer,
    id: string,
    input: PositionInput & { acknowledgeBelowGuidance?: boolean | undefined },
  ): Promise<PositionDoc> {
    const { acknowledgeBelowGuidance: _ack, ...fields } = input;
    const position = await this.loadForMember(viewer, id);
    if (['filled', 'closed', 'expired'].includes(position.status)) {
      throw new AppError('invalid_transition', `a ${position.status} position cannot be edited`, {
        from: position.status,
        allowed: [],
      });
    }
    this.assertPlace(await this.orgOf(viewer), input);
    if (position.publishedAt && !input.acknowledgeBelowGuidance) {
      const comparison = await this.comparison({ ...input, publishedAt: position.publishedAt });
      if (comparison?.belowLow) {
        throw new AppError('conflict', 'part of the salary range is below the guidance low; confirm to save anyway', {
          reason: 'below_guidance',
          comparison,
        });
      }
    }
    if (input.headcount < position.filledCount) {
      throw new AppError('validation_failed', 'headcount is below the hires already made', {
        issues: [{ path: 'body.headcount', code: 'below_filled', message: `at least ${position.filledCount}` }],
      });
    }
    const updated = await PositionModel.findOneAndUpdate(
      { _id: id, version: position.version },
      {
        $set: { ...fields, deadlineAt: input.deadline ? deadlineEnd(input.deadline) : position.deadlineAt },
        $inc: { version: 1 },
      },
      { returnDocument: 'after' },
    ).lean<PositionDoc>();
    forgetPosition(id);
    if (!updated) throw new AppError('conflict', 'the position changed meanwhile; reload and try again');
    // Open or paused: the search index shows open ones; the statistics date every edit of a published one.
    if (updated.status !== 'draft') this.events.emit('position.changed', { positionId: id });
    return updated;
  }

  /** Salary against the guidance in force in the year it was (or would be) published. */
  async comparison(position: Pick<PositionDoc, 'salaryMin' | 'salaryMax' | 'minCertificate' | 'publishedAt'>) {
    const year = (position.publishedAt ?? new Date()).getFullYear();
    const table = await this.guidance.inForce(year);
    if (!table) return null;
    return {
      year: table.year,
      ...compareSalary(
        {
          salaryMin: position.salaryMin,
          salaryMax: position.salaryMax,
          minCertificate: position.minCertificate as GuidanceLevel,
        },
        { ...table, byCategory: table.byCategory },
      ),
    };
  }

  /** A person's move; invalid ones get 409 naming the allowed moves. */
  /**
   * Deletes a draft that was never published: nobody outside the organisation saw it, so nothing
   * refers to it (no applications, invitations, bookmarks or published statistics). Anything ever
   * published is closed instead and kept. The search index and statistics drop it through the outbox.
   */
  async remove(viewer: Viewer, id: string): Promise<void> {
    const position = await this.loadForMember(viewer, id);
    if (position.status !== 'draft' || position.publishedAt) {
      throw new AppError(
        'invalid_transition',
        'only a draft that was never published can be deleted; close it instead',
        {
          from: position.status,
          allowed: allowedPositionMoves(position.status),
        },
      );
    }
    const gone = await PositionModel.deleteOne({ _id: id, status: 'draft', version: position.version });
    if (gone.deletedCount !== 1) throw new AppError('conflict', 'the draft was changed a moment ago; reload it');
    forgetPosition(id);
    await recordAudit({
      action: 'position_draft_deleted',
      actor: viewer,
      target: { type: 'position', id },
      details: { title: position.title },
    });
    this.events.emit('position.changed', { positionId: id });
  }

  async move(
    viewer: Viewer,
    id: string,
    body: { to: PositionStatus; reason?: string | undefined; acknowledgeBelowGuidance?: boolean | undefined },
  ): Promise<PositionDoc> {
    const position = await this.loadForMember(viewer, id);
    const org = await this.orgOf(viewer);
    const allowed = allowedPositionMoves(position.status);
    if (!allowed.includes(body.to)) {
      throw new AppError('invalid_transition', `cannot move a ${position.status} position to ${body.to}`, {
        from: position.status,
        allowed,
      });
    }
    const now = new Date();
    const set: Partial<PositionDoc> = { status: body.to };
    if (body.to === 'open') {
      if (org.status !== 'verified')
        throw new AppError('not_verified', 'only verified organisations publish positions');
      const comparison = await this.comparison({ ...position, publishedAt: position.publishedAt ?? now });
      if (comparison?.belowLow && !body.acknowledgeBelowGuidance && !position.publishedAt) {
        throw new AppError(
          'conflict',
          'part of the salary range is below the guidance low; confirm to publish anyway',
          {
            reason: 'below_guidance',
            comparison,
          },
        );
      }
      const today = shanghaiToday(now);
      if (position.deadline && position.deadline < today) {
        throw new AppError('conflict', 'the application deadline has passed; set a new one first', {
          reason: 'deadline_passed',
        });
      }
      if (!position.publishedAt) set.publishedAt = now;
      if (!position.deadline) {
        set.deadline = addDays(today, DEFAULT_DEADLINE_DAYS);
        set.deadlineAt = deadlineEnd(set.deadline);
      }
    }
    const updated = await this.transition(position, body.to, set, viewer.userId, body.reason ?? null, now);
    if (!updated) throw new AppError('conflict', 'the position changed meanwhile; reload and try again');
    return updated;
  }

  private transition(
    position: PositionDoc,
    to: PositionStatus,
    set: Partial<PositionDoc>,
    by: string | null,
    reason: string | null,
    now: Date,
  ): Promise<PositionDoc | null> {
    return transitionPosition(this.events, position, { to, set, by, reason, now });
  }

  /** A hire fills one headcount; the last one fills the position. Conflict when it is already full. */
  async fillOne(positionId: string, byUserId: string): Promise<PositionDoc> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const position = await PositionModel.findById(positionId).lean<PositionDoc>();
      if (!position) throw notFound('position');
      if (position.filledCount >= position.headcount || !['open', 'paused'].includes(position.status)) {
        throw new AppError('conflict', 'this position has no headcount left to fill', { reason: 'no_headcount' });
      }
      const filled = position.filledCount + 1 === position.headcount;
      const now = new Date();
      const updated = await PositionModel.findOneAndUpdate(
        { _id: position._id, version: position.version },
        {
          $inc: { filledCount: 1, version: 1 },
          ...(filled
            ? {
                $set: { status: 'filled' },
                $push: { statusHistory: { status: 'filled', at: now, by: byUserId, reason: 'all headcount hired' } },
              }
            : {}),
        },
        { returnDocument: 'after' },
      ).lean<PositionDoc>();
      forgetPosition(position._id);
      if (updated) {
        if (filled) {
          this.events.emit('position.status_changed', {
            positionId,
            orgId: String(position.orgId),
            from: position.status,
            to: 'filled',
          });
        }
        return updated;
      }
    }
    throw new AppError('conflict', 'the position is busy; try again');
  }

  async ofOrganisation(viewer: Viewer, status: PositionStatus | undefined, page: number, pageSize: number) {
    if (!viewer.orgId || !(await OrganisationModel.exists({ _id: viewer.orgId }))) {
      return { items: [] as PositionDoc[], total: 0, page, pageSize };
    }
    const { items, total } = await sortedPage<PositionDoc>(PositionModel, {
      equals: { orgId: new mongoose.Types.ObjectId(viewer.orgId), ...(status ? { status } : {}) },
      sort: { field: 'createdAt', descending: true },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items, total, page, pageSize };
  }

  /** The scheduled job: open positions whose deadline day has ended become expired. */
  async expireDue(now = new Date()): Promise<number> {
    const due = await PositionModel.find({ status: 'open', deadlineAt: atMost(now) }).lean<PositionDoc[]>();
    let expired = 0;
    for (const position of due) {
      if (await this.transition(position, 'expired', {}, null, 'deadline passed', now)) expired += 1;
    }
    return expired;
  }

  /** Open positions whose deadline falls within `days` (for "about to expire" reminders). */
  async expiringWithin(days: number, now = new Date()) {
    return PositionModel.find({
      status: 'open',
      deadlineAt: atMost(new Date(now.getTime() + days * 86400_000)),
    }).lean<PositionDoc[]>();
  }

  async organisations(ids: readonly unknown[]): Promise<Map<string, OrganisationDoc>> {
    const orgs = await organisationsByIds(ids);
    return new Map(orgs.map((o) => [String(o._id), o]));
  }
}

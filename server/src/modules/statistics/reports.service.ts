import type { Report, ReportFigures } from '@shsw/shared';
import type mongoose from 'mongoose';
import { oneOf } from '../../platform/db/selectors.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { recordAudit } from '../audit/index.js';
import type { NotificationsService } from '../notifications/index.js';
import {
  computeReportYielding,
  type HiddenBefore,
  hiddenInVersions,
  parsePeriod,
  periodBounds,
  periodInfo,
  previousPeriod,
  yearAgoPeriod,
} from './compute/index.js';
import type { FactsService } from './facts.service.js';
import { releaseCalendar, shanghaiToday } from './release-calendar.js';
import {
  FollowerModel,
  insertDraft,
  insertReportVersion,
  type ReportDoc,
  ReportDraftModel,
  ReportModel,
  reportVersion,
} from './report-store.js';

export class ReportsService {
  constructor(
    private readonly facts: FactsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Draft figures for any period, from the data as it stands now. */
  async preview(periodId: string): Promise<ReportFigures> {
    return this.compute(periodId);
  }

  /** A period's figures now, hiding at least what its published versions and those it compares with hid. */
  private async compute(periodId: string): Promise<ReportFigures> {
    const facts = await this.facts.loadPrepared();
    return computeReportYielding(facts, periodId, { hiddenBefore: await this.hiddenBefore(periodId) });
  }

  /** What the published versions of a period, its previous period and its year-ago period hid (revisions.ts). */
  private async hiddenBefore(periodId: string): Promise<HiddenBefore> {
    const p = parsePeriod(periodId);
    const out = new Map<string, Set<string>>();
    for (const id of [periodId, periodInfo(previousPeriod(p)).id, periodInfo(yearAgoPeriod(p)).id]) {
      const versions = await this.versions(id);
      if (versions.length > 0)
        out.set(id, hiddenInVersions(versions.map((v) => JSON.parse(v.figures) as ReportFigures)));
    }
    return out;
  }

  async publish(viewer: Viewer, periodId: string, preliminary: boolean): Promise<Report> {
    this.assertEnded(periodId);
    const existing = await this.versions(periodId);
    if (existing.length > 0)
      throw new AppError('already_exists', `the report for ${periodId} is published; publish a revision instead`);
    return this.publishVersion(viewer, periodId, 1, preliminary, null);
  }

  async revise(viewer: Viewer, periodId: string, preliminary: boolean, revisionNote: string): Promise<Report> {
    const existing = await this.versions(periodId);
    const latest = existing.at(-1);
    if (!latest) throw notFound(`a published report for ${periodId}`);
    return this.publishVersion(viewer, periodId, latest.version + 1, preliminary, revisionNote);
  }

  private assertEnded(periodId: string): void {
    const { end } = periodBounds(parsePeriod(periodId));
    if (end > Date.now())
      throw new AppError('conflict', `${periodId} has not ended yet; preview it, publish it once it is over`);
  }

  private async publishVersion(
    viewer: Viewer,
    periodId: string,
    version: number,
    preliminary: boolean,
    revisionNote: string | null,
  ): Promise<Report> {
    const figures = await this.compute(periodId);
    const doc = reportVersion(figures, { version, publishedBy: viewer.userId, preliminary, revisionNote });
    await insertReportVersion(doc);
    await recordAudit({
      action: 'report_published',
      actor: viewer,
      target: { type: 'report', id: doc._id },
      details: { periodId, version, preliminary },
    });
    await this.notifyFollowers(doc);
    return this.get(periodId, version);
  }

  private async notifyFollowers(doc: ReportDoc): Promise<void> {
    const followers = await FollowerModel.find().lean<{ _id: mongoose.Types.ObjectId }[]>();
    if (followers.length === 0) return;
    await this.notifications.notify(
      followers.map((f) => ({ userId: String(f._id) })),
      {
        type: 'report_published',
        data: { periodId: doc.periodId, version: doc.version, preliminary: doc.preliminary },
        link: `/reports/${doc.periodId}${doc.version > 1 ? `?version=${doc.version}` : ''}`,
      },
    );
  }

  /** Every version of a period, oldest first (point lookups: a period has few versions). */
  private async versions(periodId: string): Promise<ReportDoc[]> {
    const out: ReportDoc[] = [];
    for (let v = 1; ; v++) {
      const doc = await ReportModel.findById(`${periodId}@${v}`).lean<ReportDoc>();
      if (!doc) return out;
      out.push(doc);
    }
  }

  async get(periodId: string, version?: number): Promise<Report> {
    const all = await this.versions(periodId);
    const doc = version === undefined ? all.at(-1) : all.find((d) => d.version === version);
    if (!doc) throw notFound(version === undefined ? `a report for ${periodId}` : `version ${version} of ${periodId}`);
    return {
      periodId: doc.periodId,
      version: doc.version,
      publishedAt: doc.publishedAt.toISOString(),
      preliminary: doc.preliminary,
      revisionNote: doc.revisionNote,
      methodology: doc.methodology,
      figures: JSON.parse(doc.figures) as ReportFigures,
      versions: all.map((d) => ({
        version: d.version,
        publishedAt: d.publishedAt.toISOString(),
        preliminary: d.preliminary,
        revisionNote: d.revisionNote,
      })),
    };
  }

  /**
   * The latest version of every published period, newest period first, and the release calendar:
   * for the bureau with overdue periods (its work), for everyone else only what is published or
   * coming — an overdue period is the bureau's to act on, not a wall of red for the public.
   */
  async list(opts: { overdue?: boolean } = {}, now = Date.now()) {
    const docs = await ReportModel.find({}, { figures: 0 }).lean<Omit<ReportDoc, 'figures'>[]>();
    const latest = new Map<string, Omit<ReportDoc, 'figures'>>();
    for (const d of docs) {
      const seen = latest.get(d.periodId);
      if (!seen || seen.version < d.version) latest.set(d.periodId, d);
    }
    const order = (id: string) => {
      const { start } = periodBounds(parsePeriod(id));
      return start;
    };
    const items = [...latest.values()]
      .sort((a, b) => order(b.periodId) - order(a.periodId) || (a.kind === 'quarter' ? -1 : 1))
      .map((d) => ({
        periodId: d.periodId,
        kind: d.kind,
        version: d.version,
        publishedAt: d.publishedAt.toISOString(),
        preliminary: d.preliminary,
        ...d.summary,
      }));
    const calendar = releaseCalendar(new Set(latest.keys()), now);
    if (!opts.overdue) {
      const today = shanghaiToday(now).day;
      return { items, calendar: calendar.filter((e) => e.published || e.date >= today) };
    }
    // The bureau also sees which periods have a draft waiting for it.
    const waiting = calendar.filter((e) => !e.published).map((e) => e.periodId);
    const drafts = await ReportDraftModel.find({ _id: oneOf(waiting) }, { draftedAt: 1 }).lean<
      { _id: string; draftedAt: Date }[]
    >();
    const draftedAt = new Map(drafts.map((d) => [d._id, d.draftedAt.toISOString()]));
    return {
      items,
      calendar: calendar.map((e) => (e.published ? e : { ...e, draftedAt: draftedAt.get(e.periodId) ?? null })),
    };
  }

  /**
   * The release calendar's drafting: every period of the calendar that has ended and is neither
   * published nor drafted gets its draft (figures as of now, which no later edit of a record
   * changes), and the bureau is told. Run by the scheduler (hourly, so a period is drafted within
   * the hour after it ends); safe to repeat and to run on several nodes (the draft's key is the
   * period). Returns the periods drafted by this call.
   */
  async draftEnded(now = Date.now()): Promise<string[]> {
    const published = new Set(
      (await ReportModel.find({}, { periodId: 1 }).lean<{ periodId: string }[]>()).map((r) => r.periodId),
    );
    const due = releaseCalendar(published, now)
      .filter((e) => !e.published && periodBounds(parsePeriod(e.periodId)).end <= now)
      .map((e) => e.periodId);
    if (due.length === 0) return [];
    const have = new Set(
      (await ReportDraftModel.find({ _id: oneOf(due) }, { _id: 1 }).lean<{ _id: string }[]>()).map((d) => d._id),
    );
    const missing = due.filter((id) => !have.has(id));
    if (missing.length === 0) return [];
    const facts = await this.facts.loadPrepared();
    const drafted: string[] = [];
    for (const periodId of missing) {
      const figures = await computeReportYielding(facts, periodId, { hiddenBefore: await this.hiddenBefore(periodId) });
      if (await insertDraft(figures)) drafted.push(periodId);
    }
    if (drafted.length > 0) {
      const staff = await this.notifications.bureauUsers();
      await this.notifications.notifyEach(
        drafted.flatMap((periodId) =>
          staff.map((userId) => ({
            userId,
            notification: {
              type: 'report_drafted' as const,
              data: { periodId, kind: periodInfo(parsePeriod(periodId)).kind },
              link: `/bureau/reports?period=${periodId}`,
            },
          })),
        ),
      );
    }
    return drafted;
  }

  async follow(userId: string, on: boolean): Promise<{ following: boolean }> {
    if (on) await FollowerModel.updateOne({ _id: userId }, { $set: { since: new Date() } }, { upsert: true });
    else await FollowerModel.deleteOne({ _id: userId });
    return { following: on };
  }

  async following(userId: string): Promise<{ following: boolean }> {
    return { following: (await FollowerModel.findById(userId).lean()) !== null };
  }
}

import type { Report, ReportFigures } from '@shsw/shared';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { recordAudit } from '../audit/index.js';
import type { NotificationsService } from '../notifications/index.js';
import { computeReport, parsePeriod, periodBounds, periodInfo } from './compute/index.js';
import type { FactsService } from './facts.service.js';
import { methodology } from './methodology.js';

/**
 * A published version of a period's report: frozen figures, methodology and data vintage. The
 * id is `<period>@<version>`, so two bureau users publishing the same version at once collide
 * on the key instead of both landing. Figures are kept as one JSON string (the embedded database
 * reads a string back far faster than a deeply nested document).
 */
interface ReportDoc {
  _id: string;
  periodId: string;
  kind: 'month' | 'quarter';
  version: number;
  publishedAt: Date;
  publishedBy: mongoose.Types.ObjectId;
  preliminary: boolean;
  revisionNote: string | null;
  methodology: { zh: string; en: string };
  figures: string;
  /** The headline triple, for the list without parsing every report's figures. */
  summary: { demand: Cell; supply: Cell; ratio: Cell };
}
type Cell = ReportFigures['headline']['demand']['current'];

const reportSchema = new mongoose.Schema(
  {
    _id: String,
    periodId: { type: String, required: true },
    kind: { type: String, required: true },
    version: { type: Number, required: true },
    publishedAt: { type: Date, required: true },
    publishedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    preliminary: { type: Boolean, required: true },
    revisionNote: { type: String, default: null },
    methodology: { zh: String, en: String },
    figures: { type: String, required: true },
    summary: { type: mongoose.Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: 'reports' },
);
export const ReportModel = mongoose.model('Report', reportSchema);

/** One row per person following reports; its id is the person's account id. */
const followerSchema = new mongoose.Schema(
  { _id: { type: mongoose.Schema.Types.ObjectId, ref: 'User' }, since: Date },
  { versionKey: false, collection: 'report_followers' },
);
export const FollowerModel = mongoose.model('ReportFollower', followerSchema);

/** Monthly reports appear on the 15th of the next month, quarterly ones on the 25th of the month after the quarter. */
export function releaseDate(periodId: string): string {
  const p = parsePeriod(periodId);
  const next = new Date(Date.UTC(p.year, p.firstMonth - 1 + p.months, p.kind === 'month' ? 15 : 25));
  return next.toISOString().slice(0, 10);
}

function shanghaiToday(now: number): { year: number; month: number; day: string } {
  const d = new Date(now + 8 * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.toISOString().slice(0, 10) };
}

export class ReportsService {
  constructor(
    private readonly facts: FactsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Draft figures for any period, from the data as it stands now. */
  async preview(periodId: string): Promise<ReportFigures> {
    return computeReport(await this.facts.load(), periodId);
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
    const figures = computeReport(await this.facts.load(), periodId);
    const h = figures.headline;
    const doc: ReportDoc = {
      _id: `${periodId}@${version}`,
      periodId,
      kind: figures.period.kind,
      version,
      publishedAt: new Date(),
      publishedBy: new mongoose.Types.ObjectId(viewer.userId),
      preliminary,
      revisionNote,
      methodology,
      figures: JSON.stringify(figures),
      summary: { demand: h.demand.current, supply: h.supply.current, ratio: h.ratio.current },
    };
    try {
      await ReportModel.collection.insertOne(doc as never);
    } catch (err) {
      if (isDuplicateKey(err))
        throw new AppError('already_exists', `version ${version} of ${periodId} was published a moment ago`);
      throw err;
    }
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
    const calendar = this.calendar(new Set(latest.keys()), now);
    const today = shanghaiToday(now).day;
    return {
      items,
      calendar: opts.overdue ? calendar : calendar.filter((e) => e.published || e.date >= today),
    };
  }

  /**
   * The release calendar: each month's and quarter's planned publication day, from three months
   * back (so an overdue report shows as such) to six months ahead.
   */
  calendar(published: ReadonlySet<string>, now = Date.now()) {
    const today = shanghaiToday(now);
    const entries: { periodId: string; kind: 'month' | 'quarter'; date: string; published: boolean }[] = [];
    for (let offset = -5; offset <= 5; offset++) {
      const index = today.year * 12 + today.month - 1 + offset;
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      const ids = [`${year}-${String(month).padStart(2, '0')}`];
      if (month % 3 === 0) ids.push(`${year}-Q${month / 3}`);
      for (const periodId of ids) {
        const date = releaseDate(periodId);
        const past = date < today.day;
        const inWindow = date >= shiftDay(today.day, -92) && date <= shiftDay(today.day, 183);
        if (!inWindow || (past && published.has(periodId))) continue;
        entries.push({
          periodId,
          kind: periodInfo(parsePeriod(periodId)).kind,
          date,
          published: published.has(periodId),
        });
      }
    }
    return entries.sort((a, b) => a.date.localeCompare(b.date) || a.periodId.localeCompare(b.periodId));
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

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

import type { ReportFigures } from '@shsw/shared';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { AppError } from '../../platform/errors/app-error.js';
import { methodology } from './methodology.js';

/**
 * A published version of a period's report: frozen figures, methodology and data vintage. The
 * id is `<period>@<version>`, so two bureau users publishing the same version at once collide
 * on the key instead of both landing. Figures are kept as one JSON string (the embedded database
 * reads a string back far faster than a deeply nested document).
 */
export interface ReportDoc {
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
export type Cell = ReportFigures['headline']['demand']['current'];

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

/**
 * A period's draft, made by the release calendar when the period ends (`ReportsService.draftEnded`):
 * its figures as computed then, so the bureau is told the report is ready to check and publish.
 * Publishing computes afresh (the draft is the notice and the figures at hand, not what gets frozen);
 * a published period's draft is removed.
 */
export interface ReportDraftDoc {
  _id: string;
  kind: 'month' | 'quarter';
  draftedAt: Date;
  figures: string;
  summary: ReportDoc['summary'];
}
const draftSchema = new mongoose.Schema(
  {
    _id: String,
    kind: { type: String, required: true },
    draftedAt: { type: Date, required: true },
    figures: { type: String, required: true },
    summary: { type: mongoose.Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: 'report_drafts' },
);
export const ReportDraftModel = mongoose.model('ReportDraft', draftSchema);

const summaryOf = (figures: ReportFigures): ReportDoc['summary'] => ({
  demand: figures.headline.demand.current,
  supply: figures.headline.supply.current,
  ratio: figures.headline.ratio.current,
});

/** A version ready to store: frozen figures, the methodology in force, the headline for lists. */
export function reportVersion(
  figures: ReportFigures,
  meta: { version: number; publishedBy: string; preliminary: boolean; revisionNote: string | null; at?: Date },
): ReportDoc {
  const periodId = figures.period.id;
  return {
    _id: `${periodId}@${meta.version}`,
    periodId,
    kind: figures.period.kind,
    version: meta.version,
    publishedAt: meta.at ?? new Date(),
    publishedBy: new mongoose.Types.ObjectId(meta.publishedBy),
    preliminary: meta.preliminary,
    revisionNote: meta.revisionNote,
    methodology,
    figures: JSON.stringify(figures),
    summary: summaryOf(figures),
  };
}

/** Stores a version; two publishers of the same version collide on its key and one is told. */
export async function insertReportVersion(doc: ReportDoc): Promise<void> {
  try {
    await ReportModel.collection.insertOne(doc as never);
  } catch (err) {
    if (isDuplicateKey(err))
      throw new AppError('already_exists', `version ${doc.version} of ${doc.periodId} was published a moment ago`);
    throw err;
  }
  await ReportDraftModel.deleteOne({ _id: doc.periodId });
}

/** Stores a period's draft unless one exists; true when this call made it. */
export async function insertDraft(figures: ReportFigures, at = new Date()): Promise<boolean> {
  const doc: ReportDraftDoc = {
    _id: figures.period.id,
    kind: figures.period.kind,
    draftedAt: at,
    figures: JSON.stringify(figures),
    summary: summaryOf(figures),
  };
  try {
    await ReportDraftModel.collection.insertOne(doc as never);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}

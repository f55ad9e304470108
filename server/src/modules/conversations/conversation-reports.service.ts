import type { ConversationReport } from '@shsw/shared';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { recordAudit } from '../audit/index.js';
import { organisationsByIds } from '../organisations/index.js';
import { positionsByIds } from '../positions/index.js';
import { type ConversationDoc, ConversationModel } from './conversation.model.js';
import { type ConversationReportDoc, ConversationReportModel } from './conversation-report.model.js';
import { maskedWorkerNames, ownThread, pageOfMessages } from './conversation-views.js';

/** Threads reported to the bureau: either side reports, the bureau reads (and that reading is audited). */
export class ConversationReportsService {
  async report(viewer: Viewer, id: string, reason: string): Promise<ConversationReport> {
    const { thread, side } = await ownThread(viewer, id);
    const doc = await ConversationReportModel.create({
      conversationId: thread._id,
      orgId: thread.orgId,
      profileId: thread.profileId,
      by: side === 'worker' ? 'worker' : 'organisation',
      byUserId: viewer.userId,
      reason,
      at: new Date(),
    });
    const [presented] = await this.present([doc.toObject() as ConversationReportDoc]);
    if (!presented) throw notFound('report');
    return presented;
  }

  async list(): Promise<ConversationReport[]> {
    const rows = await ConversationReportModel.find().sort({ at: -1 }).limit(200).lean<ConversationReportDoc[]>();
    return this.present(rows);
  }

  /** The report and the whole thread (up to its latest 100 messages), for the bureau; audit-logged. */
  async detail(viewer: Viewer, id: string, ip: string | null) {
    const row = await ConversationReportModel.findById(id).lean<ConversationReportDoc>();
    if (!row) throw notFound('report');
    const [report] = await this.present([row]);
    if (!report) throw notFound('report');
    await recordAudit({
      action: 'conversation_report_viewed',
      actor: viewer,
      target: { type: 'conversation', id: String(row.conversationId) },
      ip,
      details: { reportId: id },
    });
    const { items } = await pageOfMessages(String(row.conversationId), { limit: 100 });
    return { report, messages: items };
  }

  private async present(rows: readonly ConversationReportDoc[]): Promise<ConversationReport[]> {
    const threads = await findByIds<ConversationDoc>(
      rows.map((r) => r.conversationId),
      {
        one: (id) => ConversationModel.findById(id, { positionId: 1 }).lean<ConversationDoc>(),
        many: (ids) => ConversationModel.find({ _id: oneOf(ids) }, { positionId: 1 }).lean<ConversationDoc[]>(),
      },
    );
    const positionOf = new Map(threads.map((t) => [String(t._id), t.positionId]));
    const [orgs, positions, workers] = await Promise.all([
      organisationsByIds(rows.map((r) => r.orgId)),
      positionsByIds(threads.map((t) => t.positionId)),
      maskedWorkerNames(rows.map((r) => r.profileId)),
    ]);
    const orgName = new Map(orgs.map((o) => [String(o._id), o.name]));
    const title = new Map(positions.map((p) => [String(p._id), p.title]));
    return rows.map((r) => ({
      id: String(r._id),
      conversationId: String(r.conversationId),
      by: r.by,
      reason: r.reason,
      orgId: String(r.orgId),
      orgName: orgName.get(String(r.orgId)) ?? '',
      positionTitle: title.get(String(positionOf.get(String(r.conversationId)))) ?? '',
      workerName: workers.get(String(r.profileId)) ?? '',
      at: r.at.toISOString(),
    }));
  }
}

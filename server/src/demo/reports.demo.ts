import type mongoose from 'mongoose';
import { recordAudit } from '../modules/audit/index.js';
import { SalaryGuidanceService } from '../modules/positions/index.js';
import { computeReport, hiddenCounts } from '../modules/statistics/compute/index.js';
import { FactsService, insertReportVersion, releaseDate, reportVersion } from '../modules/statistics/index.js';
import { DomainEventBus } from '../platform/events/domain-events.js';
import { createLogger, type Logger } from '../platform/logger.js';

/** Months and quarters before `now` (Shanghai), newest first: `2026-11`, …; `2026-Q3`, …. */
function periodsBefore(now: Date, months: number): string[] {
  const sh = new Date(now.getTime() + 8 * 3_600_000);
  const index = sh.getUTCFullYear() * 12 + sh.getUTCMonth();
  const out: string[] = [];
  for (let back = 1; back <= months; back++) {
    const i = index - back;
    const year = Math.floor(i / 12);
    const month = (i % 12) + 1;
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    if (month % 3 === 0) out.push(`${year}-Q${month / 3}`);
  }
  return out;
}

/**
 * The demo's published reports, so the first visit to /reports and the home page shows figures:
 * every month and quarter of the last half year whose release day (the calendar's) has passed,
 * published by the demo bureau account through the same computation, store and audit as the
 * desk. A period that has ended but whose release day is still ahead is left to the release
 * calendar: the server drafts it at start-up and tells the bureau, which then publishes it.
 */
export async function seedDemoReports(opts: { bureauUserId: mongoose.Types.ObjectId; now: Date; log?: Logger }) {
  const today = new Date(opts.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  const due = periodsBefore(opts.now, 6).filter((periodId) => releaseDate(periodId) < today);
  if (due.length === 0) return [];
  const log = opts.log ?? createLogger('warn', 'demo');
  const facts = await new FactsService(new SalaryGuidanceService(new DomainEventBus()), log).load();
  const publishedBy = String(opts.bureauUserId);
  // What each published period hid, for the periods after it that compare with it (revisions.ts).
  const hiddenBefore = new Map<string, Set<string>>();
  // Oldest first, so the audit log and the publication times read in calendar order.
  for (const periodId of due.reverse()) {
    const figures = computeReport(facts, periodId, { hiddenBefore });
    hiddenBefore.set(periodId, hiddenCounts(figures));
    const doc = reportVersion(figures, {
      version: 1,
      publishedBy,
      preliminary: false,
      revisionNote: null,
    });
    await insertReportVersion(doc);
    await recordAudit({
      action: 'report_published',
      actor: { userId: publishedBy, role: 'bureau' },
      target: { type: 'report', id: doc._id },
      details: { periodId, version: 1, preliminary: false, demo: true },
    });
  }
  return due;
}

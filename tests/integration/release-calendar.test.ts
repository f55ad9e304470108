import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { releaseDate } from '@shsw/server/modules/statistics/index';
import type { Notification } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../factories/actors.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

/*
 * Release discipline (issue 14, item 5): the demo ships with its recent reports published, the
 * release calendar drafts each period when it ends and tells the bureau, and only the bureau sees
 * what is overdue.
 */

interface Entry {
  periodId: string;
  date: string;
  published: boolean;
  draftedAt?: string | null;
}
interface ReportList {
  items: { periodId: string; version: number }[];
  calendar: Entry[];
}

let app: TestApp;
let bureau: TestClient;
let seededReports: string[];
const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  const seeded = await seedDemo({
    preset: 'demo',
    seed: 5,
    overrides: { organisations: 30, workers: 300, positions: 120, maxApplicants: 6 },
    reports: true,
  });
  seededReports = seeded.reports;
  bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
});
afterAll(async () => {
  await app?.close();
});

describe('the release calendar', () => {
  it('when the demo is seeded, then every period of the last half year whose release day has passed is published, and nobody sees an overdue one', async () => {
    // Six months back there are at least four periods past their release day (months and quarters).
    expect(seededReports.length).toBeGreaterThanOrEqual(4);
    for (const periodId of seededReports) expect(releaseDate(periodId) < today).toBe(true);
    const list = await app.client().get<ReportList>('/api/reports');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i) => i.periodId).sort()).toEqual([...seededReports].sort());
    const overdue = (entries: Entry[]) => entries.filter((e) => !e.published && e.date < today);
    expect(overdue(list.body.calendar)).toEqual([]);
    // The public calendar never carries the bureau's draft state.
    expect(list.body.calendar.every((e) => e.draftedAt === undefined)).toBe(true);
    const desk = await bureau.get<ReportList>('/api/reports');
    expect(overdue(desk.body.calendar)).toEqual([]);
    // Each demo publication is in the audit log under the bureau account.
    const audited = await mongoose.connection.collection('audit_events').find({ action: 'report_published' }).toArray();
    expect(audited.map((a) => (a.target as { id: string }).id).sort()).toEqual(
      seededReports.map((p) => `${p}@1`).sort(),
    );
  });

  it('when a period has ended unpublished, then the draft job drafts it once, the bureau is told and sees the draft, and publishing clears it', async () => {
    // Take the newest demo report back out: an ended period, past its release day, unpublished.
    const latest = [...seededReports].sort((a, b) => releaseDate(b).localeCompare(releaseDate(a)))[0] as string;
    await mongoose.connection.collection('reports').deleteOne({ _id: `${latest}@1` as never });

    const drafted = await app.server.services.reports.draftEnded();
    expect(drafted).toContain(latest);
    // Every drafted period has ended and is unpublished.
    const list = await bureau.get<ReportList>('/api/reports');
    const published = new Set(list.body.items.map((i) => i.periodId));
    for (const periodId of drafted) expect(published.has(periodId)).toBe(false);
    // A second run finds nothing to do: one draft per period, one notice.
    expect(await app.server.services.reports.draftEnded()).toEqual([]);

    const entry = list.body.calendar.find((e) => e.periodId === latest);
    expect(entry).toMatchObject({ published: false });
    expect(typeof entry?.draftedAt).toBe('string');
    // The public still sees no overdue period, and no draft state.
    const publicList = await app.client().get<ReportList>('/api/reports');
    expect(publicList.body.calendar.find((e) => e.periodId === latest)).toBeUndefined();

    await app.server.services.events.idle();
    const notes = await bureau.get<{ items: Notification[] }>('/api/notifications');
    const told = notes.body.items.filter((n) => n.type === 'report_drafted');
    expect(told.map((n) => n.data.periodId).sort()).toEqual([...drafted].sort());
    expect(told.find((n) => n.data.periodId === latest)?.link).toBe(`/bureau/reports?period=${latest}`);

    const publish = await bureau.post('/api/bureau/reports', { periodId: latest, preliminary: false });
    expect(publish.status, publish.text).toBe(201);
    expect(await mongoose.connection.collection('report_drafts').countDocuments({ _id: latest as never })).toBe(0);
    const after = await bureau.get<ReportList>('/api/reports');
    expect(after.body.items.some((i) => i.periodId === latest)).toBe(true);
    expect(after.body.calendar.find((e) => e.periodId === latest && !e.published)).toBeUndefined();
  });
});

import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { attackReport } from '@shsw/server/modules/statistics/compute/attacker-testing';
import { factsStore } from '@shsw/server/modules/statistics/index';
import {
  type Cell,
  headlineMeasures,
  type Notification,
  type Position,
  type Report,
  type ReportFigures,
  reportCategoryLabel,
} from '@shsw/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, signUp } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { makeReady } from '../factories/profiles.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

/*
 * Reports end to end on a small demo platform (two years of hiring): the facts projection stays
 * equal to a rebuild from the records, publishing and revising keep every version, and the
 * downloads read back to the published numbers.
 */

let app: TestApp;
let bureau: TestClient;
// The last quarter that has ended (the seed's history runs up to now).
const now = new Date();
const quarter = Math.floor(now.getUTCMonth() / 3); // 0-based current quarter
const lastQuarter = quarter === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${quarter}`;
const thisQuarter = `${now.getUTCFullYear()}-Q${quarter + 1}`;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({
    preset: 'demo',
    seed: 11,
    overrides: { organisations: 40, workers: 400, positions: 160, maxApplicants: 8 },
  });
  bureau = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
});
afterAll(async () => {
  await app?.close();
});

const sortById = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
async function projection() {
  const all = await factsStore.readAll();
  return {
    positions: sortById(all.positions),
    applications: sortById(all.applications),
    workers: sortById(all.workers),
  };
}

describe('the statistics facts projection', () => {
  it('when records change through the API, then the projection equals a rebuild from the records', async () => {
    const worker = await signInAs(app, demoAccounts.worker.login, demoAccounts.worker.password);
    const owner = await signInAs(app, demoAccounts.owner.login, demoAccounts.owner.password);
    const position = await openPosition(owner, { title: '儿童福利社工（统计测试）', primaryDomain: 'child_welfare' });
    const applied = await worker.post<{ id: string }>(`/api/positions/${position.id}/applications`, { note: '' });
    expect(applied.status).toBe(201);
    expect((await owner.post(`/api/applications/${applied.body.id}/status`, { to: 'viewed' })).status).toBe(200);
    expect((await worker.patch('/api/me/profile', { openToWork: false })).status).toBe(200);

    await app.server.services.events.idle();
    await app.server.services.facts.load(); // drains the statistics outbox
    const maintained = await projection();
    expect(maintained.positions.find((p) => p.id === position.id)?.openIntervals).toHaveLength(1);
    expect(maintained.applications.find((a) => a.id === applied.body.id)?.positionId).toBe(position.id);

    await app.server.services.facts.rebuild();
    const rebuilt = await projection();
    expect(rebuilt.positions.length).toBeGreaterThan(150);
    expect(rebuilt.applications.length).toBeGreaterThan(300);
    expect(rebuilt.workers.length).toBe(401);
    expect(maintained).toEqual(rebuilt);
  });
});

describe('publishing reports', () => {
  let v1: Report;

  it('when the bureau previews a period, then it gets the figures without publishing anything', async () => {
    const res = await bureau.get<ReportFigures>(`/api/bureau/reports/preview?periodId=${lastQuarter}`);
    expect(res.status).toBe(200);
    expect(res.body.period.id).toBe(lastQuarter);
    expect(res.body.headline.demand.current.value).toBeGreaterThan(0);
    expect(res.body.tables.map((t) => t.dimension)).toContain('domain');
    expect((await app.client().get('/api/reports')).body).toMatchObject({ items: [] });
  });

  it('when something happens after the period ends, then that period’s figures do not change', async () => {
    const before = await bureau.get<ReportFigures>(`/api/bureau/reports/preview?periodId=${lastQuarter}`);
    const current = await bureau.get<ReportFigures>(`/api/bureau/reports/preview?periodId=${thisQuarter}`);
    const owner = await signInAs(app, demoAccounts.owner.login, demoAccounts.owner.password);
    const seeker = await signUp(app, { role: 'worker' });
    const position = await openPosition(owner, { headcount: 3 });
    await makeReady(seeker.client);
    expect((await seeker.client.post(`/api/positions/${position.id}/applications`, { note: '' })).status).toBe(201);
    await owner.post<Position>(`/api/positions/${position.id}/status`, { to: 'paused' });
    const after = await bureau.get<ReportFigures>(`/api/bureau/reports/preview?periodId=${lastQuarter}`);
    expect({ ...after.body, asOf: null }).toEqual({ ...before.body, asOf: null });
    // The changes did reach the statistics: the current quarter counts the new position.
    const currentAfter = await bureau.get<ReportFigures>(`/api/bureau/reports/preview?periodId=${thisQuarter}`);
    expect(currentAfter.body.headline.demand.current.value).toBe((current.body.headline.demand.current.value ?? 0) + 3);
  });

  it('when the bureau publishes, then anyone reads the frozen version and a second publish is refused', async () => {
    const follower = await signUp(app, { role: 'worker' });
    expect((await follower.client.put('/api/reports/follow')).body).toEqual({ following: true });

    const res = await bureau.post<Report>('/api/bureau/reports', { periodId: lastQuarter, preliminary: true });
    expect(res.status).toBe(201);
    v1 = res.body;
    expect(v1).toMatchObject({ periodId: lastQuarter, version: 1, preliminary: true, revisionNote: null });
    expect(v1.methodology.zh).toContain('求人倍率');
    expect(v1.versions).toHaveLength(1);

    const anonymous = app.client();
    const read = await anonymous.get<Report>(`/api/reports/${lastQuarter}`);
    expect(read.status).toBe(200);
    expect(read.body.figures).toEqual(v1.figures);
    const list = await anonymous.get<{ items: { periodId: string; version: number }[]; calendar: unknown[] }>(
      '/api/reports',
    );
    expect(list.body.items).toEqual([expect.objectContaining({ periodId: lastQuarter, version: 1 })]);
    expect(list.body.calendar.length).toBeGreaterThan(3);
    // Overdue periods are the bureau's to see, not the public's.
    type Entry = { periodId: string; date: string; published: boolean };
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const overdue = (entries: Entry[]) => entries.filter((e) => !e.published && e.date < today);
    expect(overdue(list.body.calendar as Entry[])).toEqual([]);
    const desk = await bureau.get<{ calendar: Entry[] }>('/api/reports');
    expect(overdue(desk.body.calendar).length).toBeGreaterThan(0);

    const again = await bureau.post('/api/bureau/reports', { periodId: lastQuarter, preliminary: false });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'already_exists' } });

    const notes = await follower.client.get<{ items: Notification[] }>('/api/notifications');
    expect(notes.body.items.filter((n) => n.type === 'report_published')).toEqual([
      expect.objectContaining({ data: { periodId: lastQuarter, version: 1, preliminary: true } }),
    ]);
  });

  it('when the bureau revises, then a new version carries the note and the first stays readable', async () => {
    const res = await bureau.post<Report>(`/api/bureau/reports/${lastQuarter}/revisions`, {
      revisionNote: '补录两家机构的岗位后重新计算',
      preliminary: false,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, preliminary: false, revisionNote: '补录两家机构的岗位后重新计算' });
    expect(res.body.versions.map((v) => v.version)).toEqual([1, 2]);
    const first = await app.client().get<Report>(`/api/reports/${lastQuarter}?version=1`);
    expect(first.body).toMatchObject({ version: 1, preliminary: true });
    expect(first.body.figures).toEqual(v1.figures);
    expect((await app.client().get<Report>(`/api/reports/${lastQuarter}`)).body.version).toBe(2);
    expect((await app.client().get(`/api/reports/${lastQuarter}?version=9`)).status).toBe(404);
  });

  it('when the request is wrong or not the bureau’s to make, then it is refused and nothing is published', async () => {
    const worker = await signUp(app, { role: 'worker' });
    expect((await worker.client.post('/api/bureau/reports', { periodId: '2026-Q1', preliminary: false })).status).toBe(
      403,
    );
    expect((await app.client().get('/api/bureau/reports/preview?periodId=2026-Q1')).status).toBe(401);
    const bad = await bureau.post('/api/bureau/reports', { periodId: '2026-13', preliminary: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'validation_failed' } });
    const future = `${now.getUTCFullYear() + 1}-Q1`;
    const early = await bureau.post('/api/bureau/reports', { periodId: future, preliminary: true });
    expect(early.status).toBe(409);
    const shortNote = await bureau.post(`/api/bureau/reports/${lastQuarter}/revisions`, {
      revisionNote: 'x',
      preliminary: false,
    });
    expect(shortNote.status).toBe(400);
    const noCsrf = await bureau.request('POST', '/api/bureau/reports', {
      body: { periodId: '2025-Q1', preliminary: false },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(noCsrf.status).toBe(403);
    expect((await app.client().get('/api/reports/2025-Q1')).status).toBe(404);
    expect(await mongoose.connection.collection('reports').countDocuments()).toBe(2);
  });
});

const marker = (c: Cell): number | string =>
  c.value !== null
    ? c.value
    : c.flag === 'suppressed'
      ? '<5'
      : c.flag === 'secondary'
        ? 'x'
        : c.flag === 'not_shown'
          ? '—'
          : '';

describe('disclosure control of a published report', () => {
  it('when a reader solves for the "<5" cells from everything the demo\'s last quarter publishes, then none is pinned or narrowed below 1 to 4', async () => {
    for (const version of [1, 2]) {
      const report = (await app.client().get<Report>(`/api/reports/${lastQuarter}?version=${version}`)).body;
      expect(attackReport(report.figures)).toEqual([]);
    }
  });
});

describe('downloads', () => {
  it('when the XLSX is read back with the same library, then every table equals the published numbers', async () => {
    const report = (await app.client().get<Report>(`/api/reports/${lastQuarter}`)).body;
    const res = await fetch(new URL(`/api/reports/${lastQuarter}/export.xlsx`, app.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain(`shsw-report-${lastQuarter}-v2.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    // One sheet per table, the headline, the shortage ranking and the metadata sheet.
    expect(wb.worksheets).toHaveLength(report.figures.tables.length + 3);

    const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : v);
    const headline = wb.getWorksheet('主要指标 Headline');
    expect(headline).toBeDefined();
    headlineMeasures.forEach((m, i) => {
      const row = headline?.getRow(i + 2);
      expect(row?.getCell(1).value).toBe(m);
      expect(cellText(row?.getCell(4).value ?? null)).toEqual(marker(report.figures.headline[m].current));
      expect(cellText(row?.getCell(7).value ?? null)).toEqual(marker(report.figures.headline[m].mom));
    });

    let compared = 0;
    for (const table of report.figures.tables) {
      const sheet = wb.worksheets.find((s) => s.name.endsWith(` ${table.dimension}`));
      expect(sheet, table.dimension).toBeDefined();
      // Share and changes are headed by the side they are of (demand in two-sided tables).
      const of = table.side === 'supply' ? '求职' : '需求';
      expect([7, 8, 9].map((k) => String(sheet?.getRow(1).getCell(k).value).slice(0, 4))).toEqual([
        `${of}占比`,
        `${of}环比`,
        `${of}同比`,
      ]);
      [...table.rows, table.total].forEach((row, i) => {
        const r = sheet?.getRow(i + 2);
        expect(r?.getCell(1).value).toBe(row.category);
        expect(r?.getCell(2).value).toBe(reportCategoryLabel(table.dimension, row.category).zh);
        const cells = [row.demand, row.supply, row.ratio, row.share, row.mom, row.yoy];
        cells.forEach((c, k) => {
          expect(cellText(r?.getCell(4 + k).value ?? null)).toEqual(marker(c));
          compared++;
        });
      });
    }
    expect(compared).toBeGreaterThan(100);
    const about = wb.getWorksheet('说明 About');
    expect(about?.getRow(6).getCell(2).value).toBe(2);
  });

  it('when the CSV is parsed back, then it gives the same values in long format', async () => {
    const report = (await app.client().get<Report>(`/api/reports/${lastQuarter}?version=1`)).body;
    const res = await fetch(new URL(`/api/reports/${lastQuarter}/export.csv?version=1`, app.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'period',
      'dimension',
      'category',
      'measure',
      'value',
      'flag',
      'version',
    ]);
    const back = (dimension: string, category: string, measure: string): Cell => {
      const row = rows.find((r) => r.dimension === dimension && r.category === category && r.measure === measure);
      if (!row) throw new Error(`no CSV row ${dimension}/${category}/${measure}`);
      expect(row.period).toBe(lastQuarter);
      expect(row.version).toBe('1');
      return { value: row.value === '' ? null : Number(row.value), flag: (row.flag || null) as Cell['flag'] };
    };
    for (const m of headlineMeasures) {
      expect(back('headline', 'total', m)).toEqual(report.figures.headline[m].current);
      expect(back('headline', 'total', `${m}_yoy`)).toEqual(report.figures.headline[m].yoy);
    }
    for (const t of report.figures.tables) {
      const of = t.side === 'supply' ? 'supply' : 'demand';
      for (const row of [...t.rows, t.total]) {
        for (const measure of ['demand', 'supply', 'ratio'] as const)
          expect(back(t.dimension, row.category, measure)).toEqual(row[measure]);
        // Share and changes are named by their side: demand_share, demand_mom, supply_yoy, …
        for (const measure of ['share', 'mom', 'yoy'] as const)
          expect(back(t.dimension, row.category, `${of}_${measure}`)).toEqual(row[measure]);
      }
    }
    report.figures.shortage.forEach((c, i) => {
      expect(back('shortage', `${c.domain}|${c.district}`, 'rank').value).toBe(i + 1);
      expect(back('shortage', `${c.domain}|${c.district}`, 'ratio')).toEqual(c.ratio);
    });
  });
});

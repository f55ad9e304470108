import type { PersonalDataDeclaration } from '@shsw/server/platform/privacy/personal-data';
import { PERSONAL_DATA_EXPORT_FORMAT, PERSONAL_DATA_EXPORT_VERSION } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner } from '../factories/actors.js';
import { type RichWorker, richWorker } from '../factories/rich-worker.js';
import { holdingPersonIds, PEOPLE, pathsOf } from '../setup/schema-paths.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

interface Exported {
  format: string;
  version: number;
  exportedAt: string;
  subject: { userId: string; role: string };
  sections: Record<string, unknown>;
}

let app: TestApp;
let owner: Actor & { orgId: string };
let worker: RichWorker;
let exported: Exported;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  owner = await orgOwner(app, { bureauClient: await bureau(app) });
  worker = await richWorker(app, owner.client);
  const res = await worker.client.get<Exported>('/api/me/export');
  expect(res.status).toBe(200);
  exported = res.body;
});
afterAll(async () => {
  await app?.close();
});

const declarations = (): readonly PersonalDataDeclaration[] => app.server.services.personalData.declarations;
const isEmpty = (v: unknown) =>
  v === null ||
  v === undefined ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && Object.values(v as object).every(isEmpty));

describe('GET /api/me/export', () => {
  it('when a worker exports, then the document names its format and version and has every declared section', () => {
    expect(exported).toMatchObject({
      format: PERSONAL_DATA_EXPORT_FORMAT,
      version: PERSONAL_DATA_EXPORT_VERSION,
      subject: { userId: worker.user.id, role: 'worker' },
    });
    const declared = declarations().flatMap((d) => (d.personal && 'read' in d.export ? [d.section] : []));
    expect(Object.keys(exported.sections).sort()).toEqual([...declared].sort());
  });

  it('when a stored document holds the person’s id, then its section of the export is not empty', async () => {
    const oid = new mongoose.Types.ObjectId(worker.user.id);
    const missing: string[] = [];
    for (const [modelName, paths] of holdingPersonIds()) {
      const model = mongoose.model(modelName);
      const personPaths = pathsOf(model.schema as mongoose.Schema).filter((p) => p.ref && PEOPLE.has(p.ref));
      const filters = [...(paths.includes('_id') ? ['_id'] : []), ...personPaths.map((p) => p.path)];
      let holds = 0;
      for (const path of filters) holds += await model.countDocuments({ [path]: oid });
      if (holds === 0) continue;
      const d = declarations().find((x) => x.model === modelName);
      // A declared copy of another section (the search index, the bureau's claims queue) says so.
      if (d?.personal && 'none' in d.export) continue;
      if (!d?.personal || !('read' in d.export)) missing.push(`${modelName}: holds ${holds}, not exported`);
      else if (isEmpty(exported.sections[d.section])) missing.push(`${modelName}: holds ${holds}, section empty`);
    }
    expect(missing).toEqual([]);
  });

  it('when the worker reads it, then applications carry the cover note, history, interview and the notes about them', () => {
    const applications = exported.sections.applications as {
      asApplicant: {
        id: string;
        coverNote: string;
        interview: { place: string } | null;
        history: { status: string; message: string | null }[];
        notesAboutYou: { text: string; by?: string }[];
      }[];
    };
    const mine = applications.asApplicant.find((a) => a.id === worker.application.id);
    expect(mine?.coverNote).toMatch(/^cover-note-/);
    expect(mine?.interview?.place).toMatch(/^interview-place-/);
    expect(mine?.history.map((h) => h.status)).toEqual(['submitted', 'interview']);
    expect(mine?.history.at(-1)?.message).toMatch(/^employer-message-/);
    expect(mine?.notesAboutYou.map((n) => n.text)).toEqual([expect.stringMatching(/^employer-note-/)]);
    // Who wrote the note is the author's own data.
    expect(mine?.notesAboutYou[0]).not.toHaveProperty('by');

    const talent = exported.sections.talentRecord as { idCardNumber: string; personal: { name: string } };
    expect(talent.idCardNumber).toBe('11010519491231002X');
    const audit = exported.sections.auditEntries as { aboutYou: { action: string }[] };
    expect(audit.aboutYou.map((e) => e.action)).toEqual(expect.arrayContaining(['profile_viewed', 'contact_revealed']));
    expect((exported.sections.notifications as unknown[]).length).toBeGreaterThan(0);
    expect((exported.sections.savedSearches as unknown[]).length).toBe(1);
    expect((exported.sections.savedSearchMatches as unknown[]).length).toBeGreaterThan(0);
    expect(exported.sections.reportFollow).toMatchObject({ following: true });
    expect((exported.sections.sessions as unknown[]).length).toBeGreaterThan(0);
    // A session's secret (its id, a hash of the cookie) stays out.
    expect(JSON.stringify(exported.sections.sessions)).not.toMatch(/"_id"/);
    expect((exported.sections.account as { consents: unknown[] }).consents.length).toBe(2);
  });

  it('when an organisation member exports, then their membership, positions and the steps they took are in it', async () => {
    const res = await owner.client.get<Exported>('/api/me/export');
    const s = res.body.sections;
    expect(s.organisationMembership).toMatchObject({ role: 'owner', organisation: { id: owner.orgId } });
    expect((s.positionsCreated as { id: string }[]).map((p) => p.id)).toContain(worker.position.id);
    const asStaff = (s.applications as { asStaff: { notesWritten: unknown[]; stepsTaken: { status: string }[] } })
      .asStaff;
    expect(asStaff.notesWritten).toHaveLength(1);
    expect(asStaff.stepsTaken.map((x) => x.status)).toEqual(['interview']);
  });

  it('when the readable summary is asked for, then it comes in Chinese or English with a heading per section', async () => {
    const zh = await worker.client.get('/api/me/export/summary');
    expect(zh.status).toBe(200);
    expect(zh.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(zh.headers.get('content-disposition')).toMatch(/attachment/);
    expect(zh.text).toContain('# 我的个人信息摘要');
    expect(zh.text).toContain('## 求职申请');
    expect(zh.text).toContain('## 删除账号后保留的内容及原因');
    const en = await worker.client.get('/api/me/export/summary?lang=en');
    expect(en.text).toContain('# Summary of my personal data');
    expect(en.text).toContain('## Applications');
    expect((await worker.client.get('/api/me/export/summary?lang=fr')).status).toBe(400);
  });
});

import type { Application, Position } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, signUp } from '../factories/actors.js';
import { apply, draftPosition, guidanceBody, openPosition, positionBody } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let bureauClient: TestClient;
let owner: Awaited<ReturnType<typeof orgOwner>>;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  bureauClient = await bureau(app);
  await bureauClient.put(`/api/salary-guidance/${new Date().getFullYear()}`, guidanceBody);
  owner = await orgOwner(app, { bureauClient });
});
afterAll(async () => {
  await app?.close();
});

type Err = { error: { code: string; details: { allowed?: string[]; reason?: string; issues?: { path: string }[] } } };
const move = (client: TestClient, id: string, to: string, extra: object = {}) =>
  client.post<Position & Err>(`/api/positions/${id}/status`, { to, ...extra });

describe('position lifecycle', () => {
  it('when a position goes draft → open → paused → open → closed, then every step is in its history', async () => {
    const draft = await draftPosition(owner.client);
    expect(draft.status).toBe('draft');
    const steps = ['open', 'paused', 'open', 'closed'];
    for (const to of steps) expect((await move(owner.client, draft.id, to)).status).toBe(200);
    const { body } = await owner.client.get<Position>(`/api/positions/${draft.id}`);
    expect(body.statusHistory.map((h) => h.status)).toEqual(['draft', ...steps]);
    expect(body.statusHistory.every((h) => h.by === owner.user.id)).toBe(true);
    expect(body.publishedAt).not.toBeNull();
    expect(body.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('when a move is not allowed, then 409 names the allowed ones', async () => {
    const draft = await draftPosition(owner.client);
    const paused = await move(owner.client, draft.id, 'paused');
    expect(paused.status).toBe(409);
    expect(paused.body.error).toMatchObject({ code: 'invalid_transition', details: { allowed: ['open', 'closed'] } });
    await move(owner.client, draft.id, 'closed');
    const reopened = await move(owner.client, draft.id, 'open');
    expect(reopened.body.error.details.allowed).toEqual([]);
    const edit = await owner.client.put<Err>(`/api/positions/${draft.id}`, positionBody());
    expect(edit.body.error.code).toBe('invalid_transition');
  });

  it('when a draft is deleted, then it is gone everywhere; anything ever published can only be closed', async () => {
    const draft = await draftPosition(owner.client, { title: '写错了的草稿' });
    // Shown once first (the node keeps shown positions): the deletion must not leave it there.
    expect((await owner.client.get(`/api/positions/${draft.id}`)).status).toBe(200);
    const deleted = await owner.client.delete<{ deleted: boolean }>(`/api/positions/${draft.id}`);
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.body).toEqual({ deleted: true });
    expect((await owner.client.get(`/api/positions/${draft.id}`)).status).toBe(404);
    const mine = await owner.client.get<{ items: { id: string }[] }>('/api/org/positions');
    expect(mine.body.items.some((p) => p.id === draft.id)).toBe(false);
    expect((await owner.client.delete(`/api/positions/${draft.id}`)).status).toBe(404);
    const audit = await mongoose.connection
      .collection('audit_events')
      .findOne({ action: 'position_draft_deleted', 'target.id': draft.id });
    expect(audit?.details).toEqual({ title: '写错了的草稿' });

    // Published once (even if closed since): refused, with the moves that are allowed.
    const published = await draftPosition(owner.client);
    await move(owner.client, published.id, 'open');
    const refused = await owner.client.delete<Err>(`/api/positions/${published.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'invalid_transition', details: { from: 'open' } });
    await move(owner.client, published.id, 'closed');
    expect((await owner.client.delete<Err>(`/api/positions/${published.id}`)).status).toBe(409);
    expect((await owner.client.get(`/api/positions/${published.id}`)).status).toBe(200);
  });

  it('when an unverified organisation publishes, then 403 not_verified; drafting is allowed', async () => {
    const pending = await orgOwner(app, { verified: false });
    const draft = await draftPosition(pending.client);
    const res = await move(pending.client, draft.id, 'open');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_verified');
    expect((await app.client().get(`/api/positions/${draft.id}`)).status).toBe(404);
  });

  it('when the deadline passes, then the scheduled job expires the position and applications stop', async () => {
    const position = await openPosition(owner.client);
    await mongoose.connection
      .collection('positions')
      .updateOne(
        { _id: new mongoose.Types.ObjectId(position.id) },
        { $set: { deadlineAt: new Date(Date.now() - 1000) } },
      );
    expect(await app.server.scheduler.runOnce('expire-positions')).toBe(true);
    const { body } = await app.client().get<Position>(`/api/positions/${position.id}`);
    expect(body.status).toBe('expired');
    expect(body.statusHistory.at(-1)).toMatchObject({ status: 'expired', by: null });
    const worker = await signUp(app);
    const res = await worker.client.post<Err>(`/api/positions/${position.id}/applications`, {});
    expect(res.body.error.code).toBe('conflict');
  });

  it('when a street station posts, then the position must be at its own street', async () => {
    const station = await orgOwner(app, { bureauClient, body: { type: 'street_station', streetCode: '310104016' } });
    const res = await station.client.post<Err>('/api/positions', positionBody({ streetCode: '310104014' }));
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues?.map((i) => i.path)).toEqual(['body.streetCode']);
    expect((await station.client.post('/api/positions', positionBody({ streetCode: '310104016' }))).status).toBe(201);
  });

  it('when the salary range is missing or inverted, then 400 names the fields', async () => {
    const { salaryMin: _min, ...withoutMin } = positionBody();
    const missing = await owner.client.post<Err>('/api/positions', withoutMin);
    expect(missing.body.error.details.issues?.map((i) => i.path)).toEqual(['body.salaryMin']);
    const inverted = await owner.client.post<Err>('/api/positions', positionBody({ salaryMin: 9000, salaryMax: 8000 }));
    expect(inverted.body.error.details.issues?.map((i) => i.path)).toEqual(['body.salaryMax']);
  });
});

describe('salary guidance', () => {
  it('when the range dips under the guidance low, then publishing asks for confirmation and workers see the flag', async () => {
    const draft = await draftPosition(owner.client, {
      minCertificate: 'social_worker',
      salaryMin: 7000,
      salaryMax: 9000,
    });
    expect(draft.salaryComparison).toMatchObject({ belowLow: true, entirelyBelowLow: false, guidance: { low: 8000 } });
    const refused = await move(owner.client, draft.id, 'open');
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('below_guidance');
    expect((await move(owner.client, draft.id, 'open', { acknowledgeBelowGuidance: true })).status).toBe(200);
    const seen = await app.client().get<Position>(`/api/positions/${draft.id}`);
    expect(seen.body.salaryComparison?.belowLow).toBe(true);
  });

  it('when a published range is edited below the guidance low, then saving asks for the same confirmation', async () => {
    const position = await openPosition(owner.client, {
      minCertificate: 'social_worker',
      salaryMin: 9000,
      salaryMax: 11000,
    });
    const lowered = positionBody({ minCertificate: 'social_worker', salaryMin: 7000, salaryMax: 9000 });
    const refused = await owner.client.put<Err>(`/api/positions/${position.id}`, lowered);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details.reason).toBe('below_guidance');
    const saved = await owner.client.put<Position>(`/api/positions/${position.id}`, {
      ...lowered,
      acknowledgeBelowGuidance: true,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.salaryComparison?.belowLow).toBe(true);
  });

  it('when a guidance row does not rise, then the bureau gets 400; others cannot write it', async () => {
    const bad = await bureauClient.put<Err>('/api/salary-guidance/2030', {
      ...guidanceBody,
      byLevel: { ...guidanceBody.byLevel, senior: { low: 9000, median: 8000, high: 7000 } },
    });
    expect(bad.status).toBe(400);
    expect((await owner.client.put('/api/salary-guidance/2030', guidanceBody)).status).toBe(403);
    const years = await app.client().get<{ items: { year: number }[] }>('/api/salary-guidance');
    expect(years.body.items.map((g) => g.year)).not.toContain(2030);
  });
});

describe('applications', () => {
  it('when a worker applies twice, then the second gets 409; withdrawing works until an offer', async () => {
    const position = await openPosition(owner.client);
    const worker = await signUp(app);
    const first = await apply(worker.client, position.id);
    expect(first.status).toBe('submitted');
    const again = await worker.client.post<Err>(`/api/positions/${position.id}/applications`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_exists');
    const withdrawn = await worker.client.post<Application>(`/api/applications/${first.id}/status`, {
      to: 'withdrawn',
    });
    expect(withdrawn.body.status).toBe('withdrawn');
  });

  it('when the pipeline runs to a hire, then every step is recorded, headcount fills and the record gains a confirmed entry', async () => {
    const position = await openPosition(owner.client, { headcount: 2, title: '社区社工' });
    const hire = async (note: string) => {
      const worker = await signUp(app);
      const application = await apply(worker.client, position.id, note);
      // Opening changes no stage (it is audited); marking it viewed is the recruiter's own step.
      const opened = await owner.client.get<Application>(`/api/applications/${application.id}`);
      expect(opened.body.status).toBe('submitted');
      expect(opened.body.applicant?.maskedName).toBeDefined();
      const viewed = await owner.client.post<Application>(`/api/applications/${application.id}/status`, {
        to: 'viewed',
      });
      expect(viewed.body.status).toBe('viewed');
      await owner.client.post(`/api/applications/${application.id}/status`, { to: 'shortlisted' });
      const interview = await owner.client.post<Application & Err>(`/api/applications/${application.id}/status`, {
        to: 'interview',
      });
      expect(interview.status).toBe(400);
      await owner.client.post(`/api/applications/${application.id}/status`, {
        to: 'interview',
        interview: { at: '2026-12-10T02:00:00.000Z', place: '徐汇区漕溪北路 88 号 3 楼' },
      });
      await owner.client.post(`/api/applications/${application.id}/status`, { to: 'offered', message: '欢迎加入' });
      const early = await owner.client.post<Err>(`/api/applications/${application.id}/status`, { to: 'hired' });
      expect(early.body.error.details.allowed).toEqual(['rejected']);
      await worker.client.post(`/api/applications/${application.id}/status`, { to: 'accepted' });
      const hired = await owner.client.post<Application>(`/api/applications/${application.id}/status`, { to: 'hired' });
      expect(hired.body.status).toBe('hired');
      return { worker, application: hired.body };
    };
    const first = await hire('第一位');
    let pos = (await owner.client.get<Position>(`/api/positions/${position.id}`)).body;
    expect([pos.status, pos.filledCount]).toEqual(['open', 1]);
    await hire('第二位');
    pos = (await owner.client.get<Position>(`/api/positions/${position.id}`)).body;
    expect([pos.status, pos.filledCount]).toEqual(['filled', 2]);

    const theirs = await first.worker.client.get<Application>(`/api/applications/${first.application.id}`);
    expect(theirs.body.history.map((h) => `${h.actor}:${h.status}`)).toEqual([
      'worker:submitted',
      'employer:viewed',
      'employer:shortlisted',
      'employer:interview',
      'employer:offered',
      'worker:accepted',
      'employer:hired',
    ]);
    const record = await first.worker.client.get<{
      serviceHistory: { source: string; confirmedByEmployer: boolean; role: string }[];
    }>('/api/me/profile');
    expect(record.body.serviceHistory).toEqual([
      expect.objectContaining({ source: 'platform_hire', confirmedByEmployer: true, role: '社区社工' }),
    ]);
    const edited = await first.worker.client.patch<{ serviceHistory: unknown[] }>('/api/me/profile', {
      serviceHistory: [],
    });
    expect(edited.body.serviceHistory).toHaveLength(1);
  });

  it('when eight hires race for three places, then exactly three succeed and the position is filled once', async () => {
    const position = await openPosition(owner.client, { headcount: 3, title: '三个名额' });
    const fills = await Promise.allSettled(
      Array.from({ length: 8 }, () => app.server.services.positions.fillOne(position.id, owner.user.id)),
    );
    expect(fills.filter((f) => f.status === 'fulfilled')).toHaveLength(3);
    const after = await owner.client.get<Position>(`/api/positions/${position.id}`);
    expect([after.body.status, after.body.filledCount]).toEqual(['filled', 3]);
    expect(after.body.statusHistory.filter((h) => h.status === 'filled')).toHaveLength(1);
  });

  it('when the employer writes notes or reveals contact, then the worker never sees the notes and the reveal is audited', async () => {
    const position = await openPosition(owner.client);
    const worker = await signUp(app);
    await worker.client.patch('/api/me/profile', {
      personal: { name: '孙悦', birthYear: 1995, districtCode: '310104', mobile: '13700001234' },
    });
    const application = await apply(worker.client, position.id);
    await owner.client.post(`/api/applications/${application.id}/notes`, { text: '沟通能力强，建议复试' });
    const employerView = await owner.client.get<Application>(`/api/applications/${application.id}`);
    expect(employerView.body.employerNotes?.map((n) => n.text)).toEqual(['沟通能力强，建议复试']);
    expect(employerView.text).not.toContain('13700001234');
    const workerView = await worker.client.get<Application>(`/api/applications/${application.id}`);
    expect(workerView.body.employerNotes).toBeNull();
    expect(workerView.text).not.toContain('建议复试');

    const contact = await owner.client.post<{ mobile: string }>(`/api/applications/${application.id}/contact`);
    expect(contact.body.mobile).toBe('13700001234');
    const views = await worker.client.get<{ items: { action: string; viewer: { name: string } }[] }>(
      '/api/me/profile/views',
    );
    expect(views.body.items[0]).toMatchObject({ action: 'contact_revealed' });
  });

  it('when a worker hides from the employer, then applying is refused with the reason', async () => {
    const position = await openPosition(owner.client);
    const worker = await signUp(app);
    await worker.client.patch('/api/me/profile', { hideFrom: [owner.creditCode] });
    const res = await worker.client.post<Err>(`/api/positions/${position.id}/applications`, {});
    expect(res.status).toBe(409);
    expect(res.body.error.details.reason).toBe('hidden_from_employer');
  });

  it('when the employer lists positions, then applicants are counted by stage', async () => {
    const position = await openPosition(owner.client);
    const a = await apply((await signUp(app)).client, position.id);
    await apply((await signUp(app)).client, position.id);
    await owner.client.post(`/api/applications/${a.id}/status`, { to: 'shortlisted' });
    const list = await owner.client.get<{ items: Position[] }>('/api/org/positions?status=open&pageSize=100');
    const mine = list.body.items.find((p) => p.id === position.id);
    expect(mine?.applicantCounts).toEqual({ submitted: 1, shortlisted: 1 });
    const pub = await app.client().get<Position>(`/api/positions/${position.id}`);
    expect(pub.body.applicantCounts).toBeNull();
  });
});

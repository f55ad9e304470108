import type { OwnProfile, TalentView } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { importRegistry } from '../factories/registry.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await app?.close();
});

const personal = {
  name: '张晓梅',
  birthYear: 1990,
  gender: 'female',
  districtCode: '310104',
  streetCode: '310104014',
  mobile: '13812348000',
  email: 'zxm@example.test',
};
const patch = (client: TestClient, body: Record<string, unknown>) => client.patch<OwnProfile>('/api/me/profile', body);

const uploadRegistry = (b: TestClient, csv: string) => importRegistry(b, csv);

describe('computed rules on the talent record', () => {
  it('when a worker has only a diploma in an unrelated field, then they are neither talent nor certified', async () => {
    const w = await signUp(app);
    const res = await patch(w.client, {
      personal,
      education: [{ level: 'diploma', school: '上海某学院', major: '会计', field: 'other', graduationYear: 2012 }],
    });
    expect(res.status).toBe(200);
    expect(res.body.computed).toMatchObject({ isTalent: false, isCertified: false, highestCertificate: null });
  });

  it('when the diploma is in social work, then talent and certified by education', async () => {
    const w = await signUp(app);
    const res = await patch(w.client, {
      education: [
        { level: 'diploma', school: '上海某学院', major: '社会工作', field: 'social_work', graduationYear: 2015 },
      ],
    });
    expect(res.body.computed).toMatchObject({ isTalent: true, isCertified: true, talentGrounds: ['education'] });
  });

  it('when training is 120 hours with proof, then talent but not certified; without proof, neither', async () => {
    const w = await signUp(app);
    const proven = await patch(w.client, {
      training: [{ provider: '市社工协会', year: 2023, hours: 120, hasProof: true, proofReference: 'PX-2023-01' }],
    });
    expect(proven.body.computed).toMatchObject({ isTalent: true, isCertified: false, talentGrounds: ['training'] });
    const unproven = await patch(w.client, {
      training: [{ provider: '市社工协会', year: 2023, hours: 200, hasProof: false }],
    });
    expect(unproven.body.computed.isTalent).toBe(false);
  });

  it('when service history overlaps, then domain years merge and completeness reflects the sections', async () => {
    const w = await signUp(app);
    const res = await patch(w.client, {
      serviceHistory: [
        { organisationName: '甲机构', domains: ['elderly_care'], role: '社工', from: '2018-01-01', to: '2019-12-31' },
        {
          organisationName: '乙机构',
          domains: ['elderly_care', 'community_building'],
          role: '督导',
          from: '2019-01-01',
          to: '2020-12-31',
        },
      ],
    });
    expect(res.body.computed.experienceYears).toEqual({ elderly_care: 3, community_building: 2 });
    expect(res.body.computed.completeness.missing).toContain('personal');
    const more = await patch(w.client, { personal });
    expect(more.body.computed.completeness.percent).toBe(res.body.computed.completeness.percent + 20);
  });
});

describe('certificates and the registry', () => {
  it('when the registry is imported, then a matching claim is verified, a mismatched name waits for the bureau', async () => {
    const b = await bureau(app);
    const matching = await signUp(app);
    await patch(matching.client, {
      personal: { ...personal, name: '陈立' },
      certificates: [
        { level: 'social_worker', number: 'SW2019-0001', yearObtained: 2019, registrationValidUntil: '2027-06-30' },
      ],
    });
    const other = await signUp(app);
    const claimed = await patch(other.client, {
      personal: { ...personal, name: '周敏' },
      certificates: [{ level: 'assistant', number: 'AS2020-0002', yearObtained: 2020 }],
    });
    expect(claimed.body.certificates[0]?.status).toBe('claimed');
    expect(claimed.body.computed).toMatchObject({ isCertified: false, provisionalHighestCertificate: 'assistant' });

    const job = await uploadRegistry(
      b,
      'name,number,level,year\n陈立,SW2019-0001,社会工作师,2019\n周敏华,AS2020-0002,assistant,2020\n',
    );
    expect(job).toMatchObject({ status: 'done', inserted: 2, certificatesVerified: 1 });

    const mine = await matching.client.get<OwnProfile>('/api/me/profile');
    expect(mine.body.certificates[0]).toMatchObject({ status: 'verified', verifiedBy: 'registry' });
    expect(mine.body.computed).toMatchObject({ isCertified: true, highestCertificate: 'social_worker' });

    const queue = await b.get<{
      items: { certificateId: string; profileId: string; registry: { name: string } | null }[];
    }>('/api/bureau/certificates');
    const waiting = queue.body.items.find((i) => i.profileId === claimed.body.id);
    expect(waiting?.registry?.name).toBe('周敏华');
    const refused = await b.post<{ status: string }>('/api/bureau/certificates/decision', {
      profileId: claimed.body.id,
      certificateId: waiting?.certificateId,
      decision: 'refuse',
      reason: '姓名与登记库不符',
    });
    expect(refused.body.status).toBe('refused');
    const again = await b.post<{ error: { code: string } }>('/api/bureau/certificates/decision', {
      profileId: claimed.body.id,
      certificateId: waiting?.certificateId,
      decision: 'verify',
    });
    expect(again.body.error.code).toBe('invalid_transition');
    const theirs = await other.client.get<OwnProfile>('/api/me/profile');
    expect(theirs.body.certificates[0]).toMatchObject({ status: 'refused', refusalReason: '姓名与登记库不符' });
    // The decision keeps its reviewer's id; later saves of any section must still work.
    const later = await patch(other.client, { skills: ['个案工作'] });
    expect(later.status).toBe(200);
    expect(later.body.certificates[0]?.status).toBe('refused');
  });

  it('when a file has bad rows, then nothing changes and every bad row is reported; re-importing is idempotent', async () => {
    const b = await bureau(app);
    const before = await mongoose.connection.collection('certificate_registry').countDocuments();
    const bad = await uploadRegistry(
      b,
      'name,number,level,year\n王五,GOOD-0001,assistant,2018\n,B@D!,master,1999\n赵六,GOOD-0001,senior,2030\n',
    );
    expect(bad.status).toBe('failed');
    expect(
      (bad.errors as { row: number; column: string; code: string }[]).map((e) => `${e.row}:${e.column}:${e.code}`),
    ).toEqual([
      '3:name:name_required',
      '3:number:number_format',
      '3:level:unknown_level',
      '3:year:year_range',
      '4:number:duplicate_number',
      '4:year:year_range',
    ]);
    expect(await mongoose.connection.collection('certificate_registry').countDocuments()).toBe(before);

    const good = 'name,number,level,year\n王五,GOOD-0001,assistant,2018\n赵六,GOOD-0002,senior,2021\n';
    expect(await uploadRegistry(b, good)).toMatchObject({ status: 'done', inserted: 2, updated: 0, unchanged: 0 });
    expect(await uploadRegistry(b, good)).toMatchObject({ status: 'done', inserted: 0, updated: 0, unchanged: 2 });
    expect(await mongoose.connection.collection('certificate_registry').countDocuments()).toBe(before + 2);
  });

  it('when an XLSX registry is uploaded, then it imports like a CSV', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('登记库');
    sheet.addRows([
      ['姓名', '证书编号', '证书等级', '取得年份'],
      ['钱七', 'XL-2022-9', '高级社会工作师', 2022],
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const b = await bureau(app);
    const job = await importRegistry(b, bytes, 'r.xlsx');
    expect(job).toMatchObject({ status: 'done', inserted: 1 });
  });
});

describe('privacy', () => {
  it('when an ID card is stored with consent, then it is encrypted at rest and only ever shown masked', async () => {
    const w = await signUp(app);
    const refused = await w.client.put('/api/me/profile/id-card', {
      idCard: '11010519491231002X',
      consent: false,
      noticeVersion: '2026-11',
    });
    expect(refused.status).toBe(400);
    const res = await w.client.put<OwnProfile>('/api/me/profile/id-card', {
      idCard: '11010519491231002X',
      consent: true,
      noticeVersion: '2026-11',
    });
    expect(res.status).toBe(200);
    expect(res.body.idCard?.masked).toBe('110***********002X');
    const raw = await mongoose.connection
      .collection('profiles')
      .findOne({ _id: new mongoose.Types.ObjectId(res.body.id) });
    expect(JSON.stringify(raw)).not.toContain('11010519491231002X');
    const consents = await w.client.get<{ items: { kind: string }[] }>('/api/me/consents');
    expect(consents.body.items.map((c) => c.kind)).toEqual(['privacy_notice', 'id_card']);
    const exported = await w.client.get<{ sections: { talentRecord: { idCardNumber: string } } }>('/api/me/export');
    expect(exported.headers.get('content-disposition')).toMatch(/attachment/);
    expect(exported.body.sections.talentRecord.idCardNumber).toBe('11010519491231002X');
    const removed = await w.client.delete<OwnProfile>('/api/me/profile/id-card');
    expect(removed.body.idCard).toBeNull();
  });

  it('when organisations look at a record, then visibility, hide-from and masking hold, and the worker sees who looked', async () => {
    const b = await bureau(app);
    const verifiedOrg = await orgOwner(app, { bureauClient: b });
    const hiddenFrom = await orgOwner(app, { bureauClient: b });
    const unverified = await orgOwner(app, { verified: false });
    const w = await signUp(app);
    const { body: profile } = await patch(w.client, {
      personal,
      visibility: 'verified_orgs',
      hideFrom: [hiddenFrom.creditCode],
    });
    const seen = await verifiedOrg.client.get<TalentView>(`/api/talent/${profile.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ maskedName: '张**', maskedMobile: '138****8000' });
    expect(seen.text).not.toContain('13812348000');
    expect(seen.text).not.toContain('zxm@example.test');
    expect(seen.text).not.toContain(hiddenFrom.creditCode);
    expect((await hiddenFrom.client.get(`/api/talent/${profile.id}`)).status).toBe(404);
    expect((await unverified.client.get(`/api/talent/${profile.id}`)).status).toBe(404);
    await patch(w.client, { visibility: 'public' });
    expect((await unverified.client.get(`/api/talent/${profile.id}`)).status).toBe(200);
    await patch(w.client, { visibility: 'hidden' });
    expect((await verifiedOrg.client.get(`/api/talent/${profile.id}`)).status).toBe(404);
    expect((await b.get(`/api/talent/${profile.id}`)).status).toBe(200);
    const revealed = await b.post<{ mobile: string }>(`/api/talent/${profile.id}/contact`, { reason: '核查证书材料' });
    expect(revealed.body.mobile).toBe('13812348000');

    const views = await w.client.get<{ items: { action: string; viewer: { kind: string } }[] }>(
      '/api/me/profile/views',
    );
    expect(views.body.items.map((v) => `${v.viewer.kind}:${v.action}`)).toEqual([
      'bureau:contact_revealed',
      'bureau:profile_viewed',
      'organisation:profile_viewed',
      'organisation:profile_viewed',
    ]);
  });

  it('when a worker deletes the account, then the record, the account and its sessions are gone', async () => {
    const w = await signUp(app);
    const { body: profile } = await patch(w.client, { personal });
    expect((await w.client.request('DELETE', '/api/me', { body: { password: 'wrong-password-1' } })).status).toBe(401);
    const res = await w.client.request('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(res.status).toBe(200);
    const db = mongoose.connection;
    expect(await db.collection('profiles').countDocuments({ _id: new mongoose.Types.ObjectId(profile.id) })).toBe(0);
    expect(await db.collection('users').countDocuments({ _id: new mongoose.Types.ObjectId(w.user.id) })).toBe(0);
    expect(await db.collection('sessions').countDocuments({ userId: new mongoose.Types.ObjectId(w.user.id) })).toBe(0);
    expect((await w.client.get<{ user: unknown }>('/api/auth/me')).body.user).toBeNull();
  });
});

describe('bad input', () => {
  it('when several sections are invalid, then every issue is named and nothing is saved', async () => {
    const w = await signUp(app);
    const before = await w.client.get<OwnProfile>('/api/me/profile');
    const res = await patch(w.client, {
      personal: { ...personal, mobile: '12345', streetCode: '310101002' },
      certificates: [{ level: 'master', number: 'x', yearObtained: 1800 }],
      hideFrom: ['NOT-A-CODE'],
    });
    expect(res.status).toBe(400);
    const paths = (
      res.body as unknown as { error: { details: { issues: { path: string }[] } } }
    ).error.details.issues.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.personal.mobile',
        'body.certificates.0.level',
        'body.certificates.0.number',
        'body.certificates.0.yearObtained',
        'body.hideFrom.0',
      ]),
    );
    const after = await w.client.get<OwnProfile>('/api/me/profile');
    expect(after.body.updatedAt).toBe(before.body.updatedAt);
  });
});

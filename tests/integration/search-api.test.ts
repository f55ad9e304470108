import { EmbeddedSearchEngine } from '@shsw/server/platform/search/index';
import { type Health, type Position, type PositionHit, streets, type TalentHit } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner, signUp } from '../factories/actors.js';
import { openPosition, positionBody } from '../factories/positions.js';
import { OutageSwitch } from '../setup/outage-switch.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

type Page<T> = {
  hits: T[];
  total: number;
  page: number;
  pageSize: number;
  facets: Record<string, Record<string, number>>;
};
type Err = { error: { code: string; details: { issues: { path: string }[] } } };

let app: TestApp;
let outage: OutageSwitch;
let owner: Awaited<ReturnType<typeof orgOwner>>;
let other: Awaited<ReturnType<typeof orgOwner>>;
let bureauClient: TestClient;
const p: Record<string, Position> = {};
const drain = async () => {
  await app.server.services.events.idle();
  await app.server.services.searchSync.drain();
};

beforeAll(async () => {
  outage = new OutageSwitch(new EmbeddedSearchEngine());
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, { searchEngine: outage });
  bureauClient = await bureau(app);
  owner = await orgOwner(app, { bureauClient, body: { name: '徐汇区阳光社会工作服务社' } });
  other = await orgOwner(app, {
    bureauClient,
    body: { name: '浦东新区仁德社工服务中心', districtCode: '310115', streetCode: '310115004' },
  });
  p.elderly = await openPosition(owner.client, { title: '养老服务社工', salaryMin: 7000, salaryMax: 9000 });
  p.child = await openPosition(owner.client, {
    title: '儿童福利督导',
    primaryDomain: 'child_welfare',
    secondaryDomain: null,
    talentCategory: 'supervision',
    minCertificate: 'social_worker',
    salaryMin: 10000,
    salaryMax: 13000,
    description: '负责困境儿童个案督导与团队支持，要求社会工作师。',
  });
  p.medical = await openPosition(other.client, {
    title: '医院社工',
    primaryDomain: 'medical',
    secondaryDomain: null,
    districtCode: '310115',
    streetCode: '310115004',
    employmentType: 'part_time',
    salaryMin: 5000,
    salaryMax: 6000,
    minCertificate: 'none',
    description: '在三甲医院社工部开展患者及家属支持服务。',
  });
  p.closed = await openPosition(owner.client, { title: '养老院社工（已关闭）' });
  const closed = await owner.client.post(`/api/positions/${p.closed.id}/status`, { to: 'closed' });
  expect(closed.status, closed.text).toBe(200);
  await drain();
});
afterAll(async () => {
  await app?.close();
});

const search = (query: string) => app.client().get<Page<PositionHit> & Err>(`/api/positions/search${query}`);

describe('position search', () => {
  it('when searching 养老, then open matching positions come back with highlights, and closed ones never', async () => {
    const res = await search('?q=养老');
    expect(res.status).toBe(200);
    expect(res.body.hits.map((h) => h.id)).toEqual([p.elderly?.id]);
    expect(res.body.hits[0]?.highlights.title).toBe('<mark>养老</mark>服务社工');
    expect(res.body.hits[0]).toMatchObject({ orgName: '徐汇区阳光社会工作服务社', orgVerified: true, salaryMin: 7000 });
  });

  it('when 医务社工 is searched, then the synonym 医院社工 finds the hospital post', async () => {
    const res = await search('?q=医务社工');
    expect(res.body.hits.map((h) => h.title)).toEqual(['医院社工']);
  });

  it('when filtering by two facets, then counts stay disjunctive and the filters AND', async () => {
    const res = await search('?district=310104&employmentType=full_time');
    expect(res.body.hits.map((h) => h.id).sort()).toEqual([p.child?.id, p.elderly?.id].sort());
    expect(res.body.facets.district).toEqual({ '310104': 2 });
    expect(res.body.facets.employmentType).toEqual({ full_time: 2 });
    const wider = await search('?domain=elderly_care&domain=medical');
    expect(wider.body.total).toBe(2);
    expect(wider.body.facets.domain).toMatchObject({ elderly_care: 1, medical: 1, child_welfare: 1 });
  });

  it('when salary bounds are given, then ranges that overlap match', async () => {
    const res = await search('?salaryMin=8500&salaryMax=10000&sort=salary');
    expect(res.body.hits.map((h) => h.id)).toEqual([p.child?.id, p.elderly?.id]);
  });

  it('when the certificate minimum is social worker, then only such posts match', async () => {
    const res = await search('?certLevelMin=social_worker');
    expect(res.body.hits.map((h) => h.id)).toEqual([p.child?.id]);
  });

  it('when parameters or values are unknown, then 400 names each of them', async () => {
    const res = await search('?colour=blue&domain=space&pageSize=101&sort=random');
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i) => i.path).sort()).toEqual([
      'query.colour',
      'query.domain.0',
      'query.pageSize',
      'query.sort',
    ]);
  });

  it('when hostile text is searched, then it is just words', async () => {
    const res = await search(`?q=${encodeURIComponent('" OR 1=1 \\ <script>')}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
    // Punctuation alone is no word: it is not searched alone (which would find everything).
    expect((res.body as unknown as { understood: { ignored: string[] } }).understood.ignored).toEqual([]);
  });

  it('when a position is paused, then it leaves the results once the outbox drains; reopened, it returns', async () => {
    await other.client.post(`/api/positions/${p.medical?.id}/status`, { to: 'paused' });
    await drain();
    expect((await search('?q=医院社工')).body.total).toBe(0);
    await other.client.post(`/api/positions/${p.medical?.id}/status`, { to: 'open' });
    await drain();
    expect((await search('?q=医院社工')).body.total).toBe(1);
  });

  it('when the street facet is searched by prefix, then matching streets come with counts', async () => {
    const res = await app
      .client()
      .get<{ items: { value: string; count: number }[] }>('/api/positions/search/streets?q=310104');
    expect(res.status).toBe(200);
    // Every street/town of 徐汇 by code prefix, the one with positions first, the rest with 0.
    const xuhui = streets.filter((s) => s.districtCode === '310104');
    expect(res.body.items).toHaveLength(xuhui.length);
    expect(res.body.items[0]).toEqual({ value: '310104014', count: 2 });
    expect(res.body.items.slice(1).every((i) => i.count === 0)).toBe(true);
  });

  it('when the street facet is searched by name, then Chinese and English names find the street, and a street without open positions says 0', async () => {
    const get = (q: string) =>
      app
        .client()
        .get<{ items: { value: string; count: number }[] }>(`/api/positions/search/streets?q=${encodeURIComponent(q)}`);
    expect((await get('徐家汇')).body.items).toEqual([{ value: '310104014', count: 2 }]);
    expect((await get('xujiahui')).body.items).toEqual([{ value: '310104014', count: 2 }]);
    expect((await get('Xujiahui Subdistrict')).body.items.map((i) => i.value)).toEqual(['310104014']);
    expect((await get('外滩')).body.items).toContainEqual({ value: '310101013', count: 0 });
    expect((await get('不存在的街道')).body.items).toEqual([]);
  });
});

describe('talent search and matching', () => {
  it('when organisations search talent, then only visible records, never one hidden from them, all masked', async () => {
    const seen = await signUp(app);
    await seen.client.patch('/api/me/profile', {
      personal: { name: '赵雅琴', birthYear: 1990, districtCode: '310104', mobile: '13900002222' },
      skills: ['个案工作', '老年照护评估'],
      serviceDomains: ['elderly_care'],
      visibility: 'verified_orgs',
    });
    const hiding = await signUp(app);
    await hiding.client.patch('/api/me/profile', {
      personal: { name: '钱多多', birthYear: 1988, districtCode: '310104', mobile: '13900003333' },
      skills: ['个案工作'],
      hideFrom: [owner.creditCode],
    });
    const hidden = await signUp(app);
    await hidden.client.patch('/api/me/profile', { skills: ['个案工作'], visibility: 'hidden' });
    await drain();

    const asOwner = await owner.client.get<Page<TalentHit>>('/api/talent/search?q=个案工作');
    expect(asOwner.status).toBe(200);
    expect(asOwner.body.hits.map((h) => h.maskedName)).toEqual(['赵**']);
    expect(asOwner.text).not.toContain('13900002222');
    const asOther = await other.client.get<Page<TalentHit>>('/api/talent/search?q=个案工作');
    expect(asOther.body.hits.map((h) => h.maskedName).sort()).toEqual(['赵**', '钱**'].sort());
    expect((await bureauClient.get<Page<TalentHit>>('/api/talent/search?q=个案工作')).body.total).toBe(2);
    const worker = await signUp(app);
    expect((await worker.client.get('/api/talent/search')).status).toBe(403);
    const unverified = await orgOwner(app, { verified: false });
    const refused = await unverified.client.get<Err>('/api/talent/search');
    expect(refused.body.error.code).toBe('not_verified');
  });

  it('when an organisation asks for matches, then eligible candidates come ranked with reasons and no private ones', async () => {
    const strong = await signUp(app);
    await strong.client.patch('/api/me/profile', {
      personal: {
        name: '孙立',
        birthYear: 1985,
        districtCode: '310104',
        streetCode: '310104014',
        mobile: '13900004444',
      },
      serviceDomains: ['elderly_care'],
      serviceHistory: [
        { organisationName: '某养老院', domains: ['elderly_care'], role: '社工', from: '2018-01-01', to: null },
      ],
      skills: ['个案工作'],
      openToWork: true,
    });
    await drain();
    const res = await owner.client.get<{ items: { score: number; reasons: { code: string }[]; talent: TalentHit }[] }>(
      `/api/positions/${p.elderly?.id}/matches`,
    );
    expect(res.status).toBe(200);
    // The elderly post needs an assistant certificate: nobody verified holds one yet, so nobody is eligible.
    expect(res.body.items).toEqual([]);
    const open = await owner.client.post<Position>(
      '/api/positions',
      positionBody({ minCertificate: 'none', minEducation: 'none' }),
    );
    await owner.client.post(`/api/positions/${open.body.id}/status`, { to: 'open', acknowledgeBelowGuidance: true });
    await drain();
    const matches = await owner.client.get<{
      items: { score: number; reasons: { code: string }[]; talent: TalentHit }[];
    }>(`/api/positions/${open.body.id}/matches`);
    expect(matches.body.items[0]?.talent.maskedName).toBe('孙*');
    const scores = matches.body.items.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(matches.body.items.flatMap((m) => m.reasons.map((r) => r.code))).not.toContain('hide_from');
    expect((await other.client.get(`/api/positions/${open.body.id}/matches`)).status).toBe(404);
  });

  it('when a worker asks for matches, then positions come with a checklist, and the switch gives the newest instead', async () => {
    const w = await signUp(app);
    await w.client.patch('/api/me/profile', {
      personal: { name: '吴敏', birthYear: 1995, districtCode: '310115', mobile: '13900005555' },
      education: [
        { level: 'bachelor', school: '上海大学', major: '社会工作', field: 'social_work', graduationYear: 2017 },
      ],
      serviceDomains: ['medical'],
      wishes: {
        salaryMin: 5500,
        districtCodes: ['310115'],
        employmentTypes: ['part_time'],
        serviceDomains: ['medical'],
      },
      openToWork: true,
    });
    const mine = await w.client.get<{
      items: { eligible: boolean; score: number; reasons: { code: string }[]; position: PositionHit }[];
    }>('/api/me/matches');
    expect(mine.status).toBe(200);
    expect(mine.body.items[0]?.position.title).toBe('医院社工');
    expect(mine.body.items[0]?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['certificate', 'district', 'salary']),
    );
    expect(mine.body.items.map((m) => m.position.id)).not.toContain(p.child?.id);
    const newest = await w.client.get<{ items: { reasons: unknown[] }[] }>('/api/me/matches?personalised=false');
    expect(newest.body.items.length).toBeGreaterThanOrEqual(3);
    expect(newest.body.items.every((m) => m.reasons.length === 0)).toBe(true);
  });
});

describe('search engine down', () => {
  it('when the engine is down, then writes succeed, health is degraded, search is 503, and the backlog drains on return', async () => {
    outage.down = true;
    const during = await openPosition(owner.client, {
      title: '禁毒社工',
      primaryDomain: 'drug_rehab',
      secondaryDomain: null,
    });
    expect(during.status).toBe('open');
    await drain();
    const health = await app.client().get<Health>('/api/health');
    expect(health.body).toMatchObject({ status: 'degraded', db: 'up', search: 'down' });
    const failed = await search('?q=禁毒');
    expect(failed.status).toBe(503);
    expect((failed.body as unknown as Err).error.code).toBe('search_unavailable');
    expect(await app.server.services.searchSync.backlog()).toBeGreaterThan(0);

    outage.down = false;
    await app.server.services.searchSync.resumeNow();
    expect(await app.server.services.searchSync.backlog()).toBe(0);
    expect((await search('?q=禁毒')).body.hits.map((h) => h.id)).toEqual([during.id]);
    expect((await app.client().get<Health>('/api/health')).body.status).toBe('ok');
  });
});

describe('restart', () => {
  it('when another node starts on the same database, then it loads the stored projection and finds the same records', async () => {
    const w = await signUp(app);
    await w.client.patch('/api/me/profile', { skills: ['危机干预专家'], visibility: 'public' });
    await drain();
    const second = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
    try {
      expect(second.server.services.searchSync.lastBuild?.from).toBe('talent: projection, positions: projection');
      const found = await bureauClient.get<Page<TalentHit>>(
        `/api/talent/search?q=${encodeURIComponent('危机干预专家')}`,
      );
      const viaSecond = await fetch(`${second.url}/api/positions/search?q=${encodeURIComponent('养老')}`);
      expect(found.body.total).toBe(1);
      expect(((await viaSecond.json()) as Page<PositionHit>).hits.map((h) => h.id)).toContain(p.elderly?.id);
    } finally {
      await second.close();
    }
  });
});

// Query understanding, on every engine the contract runs against (the in-process engine always,
// Meilisearch when MEILI_HOST is set): pinyin, traditional characters, full-width forms, places
// named in the query, partial matches, the sector's synonym families, and why each hit matched.
import type { PositionHit, SearchMatch } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau, orgOwner } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import { adapters } from './search-contract/adapters.js';

type Page = {
  hits: PositionHit[];
  total: number;
  understood: { text: string; places: { kind: string; code: string }[]; ignored: string[] };
};

const XUHUI = { districtCode: '310104', streetCode: '310104014' }; // 徐家汇街道
const MINHANG = { districtCode: '310112', streetCode: '310112102' }; // 七宝镇

describe.each(adapters)('search relevance on $name', (adapter) => {
  let app: TestApp;
  let engine: ReturnType<typeof adapter.create>;
  const id: Record<string, string> = {};
  const search = async (q: string, extra = ''): Promise<Page> => {
    const res = await app.client().get<Page>(`/api/positions/search?q=${encodeURIComponent(q)}${extra}`);
    expect(res.status, res.text).toBe(200);
    return res.body;
  };
  const ids = (page: Page) => page.hits.map((h) => h.id);
  const matchesOf = (page: Page, key: string): SearchMatch[] => page.hits.find((h) => h.id === id[key])?.matches ?? [];

  beforeAll(async () => {
    engine = adapter.create();
    // Each engine on its own database: the second app would otherwise index the first one's fixtures too.
    app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' }, { searchEngine: engine, ownDatabase: true });
    const bureauClient = await bureau(app);
    const xuhui = await orgOwner(app, { bureauClient, body: { name: '徐汇区启明社会服务中心', ...XUHUI } });
    const minhang = await orgOwner(app, { bureauClient, body: { name: '闵行区康乐服务中心', ...MINHANG } });
    const open = async (key: string, client: typeof xuhui.client, over: Record<string, unknown>) => {
      id[key] = (
        await openPosition(client, {
          description: '负责项目执行与记录。',
          secondaryDomain: null,
          skills: ['沟通协调'],
          ...over,
        })
      ).id;
    };
    await open('child', xuhui.client, { title: '儿童保护社工', primaryDomain: 'child_welfare', ...XUHUI });
    await open('family', minhang.client, {
      title: '困境家庭个案社工',
      primaryDomain: 'marriage_family',
      skills: ['儿童保护评估'],
      ...MINHANG,
    });
    await open('hospital', xuhui.client, { title: '医院社工', primaryDomain: 'medical', ...XUHUI });
    await open('elder', xuhui.client, { title: '长者照护社工', primaryDomain: 'elderly_care', ...XUHUI });
    await open('disability', xuhui.client, { title: '残障人士就业支持', primaryDomain: 'disability', ...XUHUI });
    await open('correction', minhang.client, { title: '社区矫治社工', primaryDomain: 'correction', ...MINHANG });
    await open('youth', xuhui.client, { title: '青年发展社工', primaryDomain: 'youth_affairs', ...XUHUI });
    await open('volunteer', xuhui.client, { title: '义工管理专员', primaryDomain: 'public_interest', ...XUHUI });
    await open('traditional', xuhui.client, { title: '關懷訪視專員', primaryDomain: 'charity', ...XUHUI });
    await app.server.services.events.idle();
    await app.server.services.searchSync.drain();
  }, 120_000);
  afterAll(async () => {
    if (engine) await adapter.cleanUp(engine);
    await app?.close();
  });

  describe('pinyin', () => {
    it('when a worker types ertong, then the positions about 儿童 are found, the title first, and they say pinyin', async () => {
      const page = await search('ertong');
      expect(ids(page).slice(0, 2)).toEqual([id.child, id.family]);
      expect(matchesOf(page, 'child')).toContainEqual({ field: 'title', value: '儿童保护社工', via: 'pinyin' });
      expect(matchesOf(page, 'family')).toContainEqual({ field: 'skill', value: '儿童保护评估', via: 'pinyin' });
    });

    it('when the syllables are typed apart (er tong), then the same positions are found', async () => {
      expect(ids(await search('er tong'))).toEqual(expect.arrayContaining([id.child, id.family]));
    });

    it('when the initials are typed (etbh), then the position whose title starts with 儿童保护 is found', async () => {
      expect(ids(await search('etbh'))).toContain(id.child);
    });

    it('when a pinyin word has a typo (yiyuam for yiyuan, 医院), then it still matches', async () => {
      expect(ids(await search('yiyuam'))).toContain(id.hospital);
    });

    it('when a whole phrase is typed without spaces (ertongbaohu), then the skill 儿童保护评估 finds its position', async () => {
      expect(ids(await search('ertongbaohu'))).toEqual(expect.arrayContaining([id.family]));
    });
  });

  describe('characters people paste', () => {
    it('when the query is in traditional characters (兒童, 醫院), then the simplified positions are found', async () => {
      expect(ids(await search('兒童'))).toEqual(expect.arrayContaining([id.child, id.family]));
      const hospital = await search('醫院');
      expect(ids(hospital)).toContain(id.hospital);
      expect(hospital.understood.text).toBe('医院');
    });

    it('when a position is written in traditional characters, then simplified and traditional queries both find it', async () => {
      expect(ids(await search('关怀'))).toContain(id.traditional);
      expect(ids(await search('關懷'))).toContain(id.traditional);
      expect(ids(await search('guanhuai'))).toContain(id.traditional);
    });

    it('when the query is in full-width Latin (ＥＲＴＯＮＧ), then it reads as ertong', async () => {
      const page = await search('ＥＲＴＯＮＧ');
      expect(page.understood.text).toBe('ertong');
      expect(ids(page)).toContain(id.child);
    });
  });

  describe('places in the query', () => {
    it('when a district and a job are typed together (闵行区 儿童), then hits in 闵行 come first and the rest still follow', async () => {
      const page = await search('闵行区 儿童');
      expect(page.understood).toEqual({ text: '儿童', places: [{ kind: 'district', code: '310112' }], ignored: [] });
      expect(ids(page)).toEqual([id.family, id.child]);
      expect(page.total).toBe(2);
      expect(matchesOf(page, 'family')).toContainEqual({ field: 'place', value: '310112', via: 'word' });
      expect(matchesOf(page, 'child').some((m) => m.field === 'place')).toBe(false);
    });

    it('when the place is typed in pinyin without the suffix (minhang ertong), then it is understood the same way', async () => {
      const page = await search('minhang ertong');
      expect(page.understood.places).toEqual([{ kind: 'district', code: '310112' }]);
      expect(ids(page)).toEqual([id.family, id.child]);
    });

    it('when a street is named (七宝 社工), then the positions on that street rank first', async () => {
      const page = await search('七宝 社工');
      expect(page.understood.places).toEqual([{ kind: 'street', code: '310112102' }]);
      expect(new Set(ids(page).slice(0, 2))).toEqual(new Set([id.correction, id.family]));
      expect(page.total).toBe(6);
    });

    it('when place recognition is turned off, then the text is searched as typed', async () => {
      const page = await search('闵行区 儿童', '&places=off');
      expect(page.understood).toEqual({ text: '闵行区 儿童', places: [], ignored: [] });
    });

    it('when the boosted place fills a page, then the next page continues with the rest, with nothing lost or repeated', async () => {
      const all = await search('闵行 社工', '&pageSize=20');
      const pages = [
        await search('闵行 社工', '&pageSize=2&page=1'),
        await search('闵行 社工', '&pageSize=2&page=2'),
        await search('闵行 社工', '&pageSize=2&page=3'),
      ];
      expect(pages.flatMap(ids)).toEqual(ids(all).slice(0, 6));
      expect(pages.every((p) => p.total === all.total)).toBe(true);
      expect(all.total).toBe(6);
      expect(new Set(ids(all).slice(0, 2))).toEqual(new Set([id.correction, id.family]));
    });
  });

  describe('partial matches', () => {
    it('when not every word matches (儿童 保护 火星), then the best partial matches are listed instead of nothing', async () => {
      const page = await search('儿童 保护 火星');
      expect(ids(page)).toEqual(expect.arrayContaining([id.child, id.family]));
    });

    it('when the first word matches nothing (minhang searched as text), then it is left out and said so', async () => {
      const page = await search('minhang ertong', '&places=off');
      expect(page.understood.ignored).toEqual(['minhang']);
      expect(ids(page).slice(0, 2)).toEqual([id.child, id.family]);
      const none = await search('火星 木星', '&places=off');
      expect(none.total).toBe(0);
      expect(none.understood.ignored).toEqual([]);
    });

    it('when some hits match every word and others fewer, then the full matches rank first', async () => {
      const page = await search('社工 青年');
      expect(ids(page)[0]).toBe(id.youth);
      expect(page.total).toBeGreaterThan(1);
    });
  });

  describe('synonym families: each word finds the others, and the hit says which word it stood for', () => {
    it.each([
      ['残疾', 'disability', '残疾'],
      ['残疾人', 'disability', '残疾人'],
      ['老年人', 'elder', '老年人'],
      ['养老', 'elder', '养老'],
      ['青少年', 'youth', '青少年'],
      ['矫正', 'correction', '矫正'],
      ['志愿者', 'volunteer', '志愿者'],
      ['少儿', 'child', '少儿'],
    ])('when searching %s, then the %s position is found through a synonym', async (q, key, word) => {
      const page = await search(q);
      expect(ids(page)).toContain(id[key]);
      expect(matchesOf(page, key)).toContainEqual(
        expect.objectContaining({ field: 'title', via: 'synonym', synonymOf: word }),
      );
    });
  });

  describe('why it matched', () => {
    it('when a hit matched only on a skill, then the card can say which skill', async () => {
      const page = await search('儿童');
      expect(matchesOf(page, 'family')).toContainEqual({ field: 'skill', value: '儿童保护评估', via: 'word' });
      expect(matchesOf(page, 'child')).toContainEqual({ field: 'title', value: '儿童保护社工', via: 'word' });
    });

    it('when a hit matched on its service domain, then the match names the domain by code', async () => {
      const page = await search('医疗');
      expect(matchesOf(page, 'hospital')).toContainEqual(
        expect.objectContaining({ field: 'domain', value: 'medical' }),
      );
    });
  });

  describe('the street facet search', () => {
    it('when a real street has no open positions, then it is listed with 0, not "not found"', async () => {
      const res = await app
        .client()
        .get<{ items: { value: string; count: number }[] }>(
          `/api/positions/search/streets?q=${encodeURIComponent('外滩')}`,
        );
      expect(res.status).toBe(200);
      // 外滩街道 in 黄浦, and 北外滩街道 in 虹口: both real, neither with a position here.
      expect(res.body.items).toEqual([
        { value: '310101013', count: 0 },
        { value: '310109018', count: 0 },
      ]);
    });

    it('when a street is typed in traditional characters or pinyin, then it is found with its count', async () => {
      for (const q of ['七寶', 'qibao']) {
        const res = await app
          .client()
          .get<{ items: { value: string; count: number }[] }>(
            `/api/positions/search/streets?q=${encodeURIComponent(q)}`,
          );
        expect(res.body.items, q).toEqual([{ value: '310112102', count: 2 }]);
      }
    });
  });

  it('when the query is any length, script or punctuation, then the answer is never a 5xx', async () => {
    const odd = [
      '"',
      "'; DROP TABLE positions; --",
      '\\',
      '%',
      '😀👩‍👩‍👧',
      '\u202e社工',
      'ertong'.repeat(33),
      '社'.repeat(200),
      '(((((',
      '* AND OR NOT',
      'q=1&x',
      '\u0000\u0007',
      'مرحبا',
      '𠀀𠀁𠀂',
      '　',
      '①②③',
    ];
    for (const q of odd) {
      const res = await app.client().get(`/api/positions/search?q=${encodeURIComponent(q)}`);
      expect([200, 400], `${JSON.stringify(q)}: ${res.status} ${res.text.slice(0, 200)}`).toContain(res.status);
    }
  });
});

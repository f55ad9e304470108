/**
 * Engine-level benchmark of the in-process search engine at the 2025 target size.
 * Run: node --import tsx --conditions=source tests/bench/search-engine.ts [docCount] [queryRounds] [--cold]
 * Add --expose-gc before --import for settled heap figures. `--cold` turns the per-term query cache
 * off, so every request recomputes its term sets as after a write.
 */

import {
  EmbeddedSearchEngine,
  type Filter,
  type IndexDefinition,
  type SearchDocument,
  type SearchRequest,
} from '@shsw/server/platform/search/index';
import { certificateLevels, districts, educationLevels, serviceDomains, talentCategories } from '@shsw/shared';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const DOCS = Number(args[0] ?? 200_000);
const ROUNDS = Number(args[1] ?? 40);
const COLD = process.argv.includes('--cold');

/** mulberry32: small, seeded, good enough for synthetic data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = prng(20_251_126);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
// Skewed choice: early entries are much more common, as real domains and skills are.
const skewed = <T>(list: readonly T[]): T => list[Math.floor(rand() ** 2.2 * list.length)] as T;

const domainLabel = (label: string): string => label.replace(/（.*）/, '');
const roles = [
  '社工',
  '社会工作者',
  '督导',
  '项目主管',
  '个案社工',
  '项目专员',
  '站长',
  '助理社工',
  '社工师',
  '协调员',
];
const skills = [
  '个案管理',
  '小组工作',
  '社区工作',
  '需求评估',
  '危机干预',
  '心理疏导',
  '志愿者管理',
  '项目策划',
  '活动组织',
  '政策咨询',
  '资源链接',
  '家庭治疗',
  '康复训练',
  '哀伤辅导',
  '成长陪伴',
  '长者照护',
  '认知症照护',
  '儿童保护',
  '社区矫正',
  '禁毒宣传',
  '数据分析',
  'Excel',
  'SPSS',
  'Python',
  '公文写作',
  '财务管理',
  '督导评估',
  '团队管理',
  '调解技巧',
  '叙事治疗',
];
const orgSuffix = ['社会工作服务社', '社工事务所', '公益服务中心', '社区服务中心', '为老服务中心', '青少年事务社工站'];
const orgWords = ['乐群', '阳光', '恩派', '浦公英', '新途', '睦邻', '馨家园', '同心', '心启', '益友', '启明', '仁德'];
const sentences = [
  '长期扎根社区一线，善于链接各方资源',
  '熟悉政府购买服务项目的申报与评估流程',
  '曾主持街道层面的为老服务项目并获优秀评级',
  '具有丰富的儿童福利与未成年人保护个案经验',
  '在医院从事医务社工工作多年，擅长患者家庭支持',
  '参与过禁毒社工队伍建设和社区戒毒康复服务',
  '组织过多场志愿者培训与社区文化活动',
  '关注老年人心理健康，开展认知症友好社区建设',
  '具备督导资质，带教新入职社工',
  '能够使用Excel和SPSS完成服务数据统计分析',
  '熟悉殡葬服务中的生命关怀与哀伤辅导',
  '参与灾情管理与应急救助的社会工作服务',
  '擅长青少年成长小组和学校社会工作',
  '曾在居委会从事人民调解和矛盾化解工作',
];

const streets = districts.flatMap((d) => d.streets.map((s) => ({ district: d, street: s })));

function makeDoc(i: number): SearchDocument {
  const domainCount = int(1, 3);
  const domains = [...new Set(Array.from({ length: domainCount }, () => skewed(serviceDomains)))];
  const first = domains[0] ?? serviceDomains[0];
  const place = pick(streets);
  const years = int(0, 25);
  const cert = pick([...certificateLevels.map((c) => c.code), 'none', 'none']);
  const mySkills = [...new Set(Array.from({ length: int(2, 6) }, () => skewed(skills)))];
  const salaryMin = int(4, 15) * 1000;
  const summary = [
    `${years}年${domainLabel(first.label.zh)}领域服务经验`,
    `擅长${mySkills.slice(0, 2).join('和')}`,
    `熟悉${place.district.label.zh}${place.street.label.zh}的社区资源`,
    pick(sentences),
    pick(sentences),
  ].join('，');
  return {
    id: `t${i.toString(36).padStart(6, '0')}`,
    headline: `${domainLabel(first.label.zh)}${pick(roles)}`,
    summary: `${summary}。`,
    skills: mySkills,
    domainLabels: domains.map((d) => domainLabel(d.label.zh)),
    organisation: `${place.district.label.zh.replace('区', '')}${pick(orgWords)}${pick(orgSuffix)}`,
    place: `${place.district.label.zh}${place.street.label.zh}`,
    domains: domains.map((d) => d.code),
    district: place.district.code,
    street: place.street.code,
    certificate: cert,
    education: pick(educationLevels).code,
    category: skewed(talentCategories).code,
    available: rand() < 0.7,
    yearsExperience: years,
    salaryMin,
    salaryMax: salaryMin + int(1, 8) * 1000,
    updatedAt: 1_700_000_000_000 + int(0, 60_000_000) * 1000,
  };
}

const definition: IndexDefinition = {
  name: 'bench_talent',
  searchable: [
    { field: 'headline', weight: 5 },
    { field: 'domainLabels', weight: 4 },
    { field: 'skills', weight: 3 },
    { field: 'organisation', weight: 2 },
    { field: 'place', weight: 2 },
    { field: 'summary', weight: 1 },
  ],
  filterable: [
    'domains',
    'district',
    'street',
    'certificate',
    'education',
    'category',
    'available',
    'salaryMin',
    'salaryMax',
    'yearsExperience',
    'updatedAt',
  ],
  sortable: ['updatedAt', 'salaryMin', 'yearsExperience'],
  facets: ['domains', 'district', 'street', 'certificate', 'education', 'category'],
  synonyms: {
    社工: ['社会工作者'],
    医务社工: ['医院社工'],
    医院社工: ['医务社工'],
    养老: ['为老', '老年'],
    为老: ['养老', '老年'],
    老年: ['养老', '为老'],
  },
};

const FACETS = ['domains', 'district', 'certificate', 'education'];
const base = (q: string, filters: Filter[] = [], extra: Partial<SearchRequest> = {}): SearchRequest => ({
  q,
  filters,
  facets: FACETS,
  offset: 0,
  limit: 20,
  highlight: ['headline', 'summary'],
  ...extra,
});

const fullMix: { kind: string; req: SearchRequest }[] = [
  ...['社工', '养老', '社区', '服务', '儿童'].map((q) => ({ kind: 'popular zh', req: base(q) })),
  ...['儿童福利督导', '医务社工', '心理疏导 小组'].map((q) => ({ kind: 'phrase zh', req: base(q) })),
  ...['禁毒', '殡葬', '灾情', '外滩'].map((q) => ({ kind: 'rare zh', req: base(q) })),
  ...['pyhton', 'Excel 统计', 'spss'].map((q) => ({ kind: 'latin/typo', req: base(q) })),
  { kind: 'empty+filters', req: base('', [{ field: 'domains', op: 'in', values: ['elderly_care', 'child_welfare'] }]) },
  {
    kind: 'empty+filters',
    req: base(
      '',
      [
        { field: 'district', op: 'in', values: ['310115'] },
        { field: 'salaryMin', op: 'range', min: 8000 },
      ],
      { sort: [{ field: 'updatedAt', direction: 'desc' }] },
    ),
  },
  {
    kind: 'empty+filters',
    req: base('', [
      { field: 'certificate', op: 'not_in', values: ['none'] },
      { field: 'available', op: 'in', values: [true] },
    ]),
  },
  {
    kind: 'q+filters',
    req: base('养老 督导', [
      { field: 'district', op: 'in', values: ['310104', '310115'] },
      { field: 'education', op: 'in', values: ['bachelor', 'master'] },
    ]),
  },
  {
    kind: 'q+filters',
    req: base('社工', [{ field: 'domains', op: 'in', values: ['medical'] }], {
      sort: [{ field: 'salaryMin', direction: 'desc' }],
      offset: 40,
    }),
  },
];

// BENCH_ONLY=<kind> narrows the mix, e.g. to profile one kind of query.
const queryMix = fullMix.filter((m) => !process.env.BENCH_ONLY || m.kind === process.env.BENCH_ONLY);

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gc = (globalThis as { gc?: () => void }).gc;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const before = process.memoryUsage();
  let t = performance.now();
  const docs = Array.from({ length: DOCS }, (_, i) => makeDoc(i));
  const genMs = performance.now() - t;
  const engine = new EmbeddedSearchEngine({ queryCache: !COLD });
  await engine.ensureIndex(definition);
  t = performance.now();
  await engine.upsert(definition.name, docs);
  const buildMs = performance.now() - t;
  gc?.();
  const after = process.memoryUsage();
  console.log(`documents            ${DOCS.toLocaleString('en')} (generated in ${(genMs / 1000).toFixed(1)} s)`);
  console.log(`index build          ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`RSS                  ${mb(after.rss)} (before generating: ${mb(before.rss)})`);
  console.log(
    `heap used            ${mb(after.heapUsed)} (+ ${mb(after.arrayBuffers)} array buffers)${gc ? '' : ' (no --expose-gc)'}`,
  );

  for (const { req } of queryMix) await engine.search(definition.name, req);
  const byKind = new Map<string, number[]>();
  const all: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { kind, req } of queryMix) {
      const s = performance.now();
      await engine.search(definition.name, req);
      const ms = performance.now() - s;
      all.push(ms);
      byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
    }
  }
  const row = (name: string, xs: number[]): string => {
    const s = [...xs].sort((a, b) => a - b);
    const f = (p: number): string => percentile(s, p).toFixed(2).padStart(7);
    return `${name.padEnd(16)} ${String(xs.length).padStart(6)} ${f(50)} ${f(95)} ${f(99)} ${s[s.length - 1]?.toFixed(2).padStart(7)}`;
  };
  console.log(
    `\n${'query kind'.padEnd(16)} ${'n'.padStart(6)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'max ms'.padStart(7)}`,
  );
  for (const [kind, xs] of byKind) console.log(row(kind, xs));
  console.log(row('all', all));
  console.log(
    `\n(each request asks for ${FACETS.length} facets and 20 highlighted hits; query cache ${COLD ? 'off' : 'on'})`,
  );
  for (const q of ['社工', '养老', '禁毒', 'pyhton']) {
    const r = await engine.search(definition.name, base(q));
    console.log(`total for ${q.padEnd(8)} ${r.total}`);
  }
  await engine.close();
}

await main();

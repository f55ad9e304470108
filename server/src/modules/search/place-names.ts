import { districts, streets } from '@shsw/shared';

export interface PlaceRef {
  kind: 'district' | 'street';
  code: string;
}

/**
 * Short street names that are ordinary words as well (建设 "construction", 中山 in 中山医院): they are
 * recognised only with their suffix (建设镇), in characters or in pinyin.
 */
const AMBIGUOUS_SHORT_NAMES = new Set([
  '建设',
  '中山',
  '长征',
  '万里',
  '大桥',
  '石化',
  '新村',
  '三星',
  '中兴',
  '海湾',
  '新桥',
  '新河',
  '长兴',
  '华新',
  '东平',
  '金海',
  '永丰',
  '书院',
  '北站',
  '陈家',
  '新海',
  '向化',
  '建设',
  '庄行',
]);

const STREET_SUFFIX = /(街道|镇|乡|地区)$/;
const DISTRICT_SUFFIX = /(新区|区)$/;
const latin = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');

/** Names → places: Chinese (full and short: 浦东新区, 浦东) and Latin (pudong, pudongnewarea, minhangqu). */
function buildLexicon() {
  const han = new Map<string, PlaceRef[]>();
  const roman = new Map<string, PlaceRef[]>();
  const put = (map: Map<string, PlaceRef[]>, name: string, ref: PlaceRef) => {
    if (name.length < 2) return;
    const list = map.get(name) ?? [];
    if (!list.some((r) => r.kind === ref.kind && r.code === ref.code)) list.push(ref);
    map.set(name, list);
  };
  for (const d of districts) {
    const ref: PlaceRef = { kind: 'district', code: d.code };
    put(han, d.label.zh, ref);
    put(han, d.label.zh.replace(DISTRICT_SUFFIX, ''), ref);
    const en = latin(d.label.en);
    const first = latin(d.label.en.split(' ')[0] ?? '');
    for (const base of new Set([en, first])) {
      for (const suffix of ['', 'qu', 'district', 'xinqu']) put(roman, base + suffix, ref);
    }
  }
  for (const s of streets) {
    if (s.statisticalOnly) continue;
    const ref: PlaceRef = { kind: 'street', code: s.code };
    put(han, s.label.zh, ref);
    const short = s.label.zh.replace(STREET_SUFFIX, '');
    const ambiguous = AMBIGUOUS_SHORT_NAMES.has(short);
    if (!ambiguous) put(han, short, ref);
    const base = latin(s.label.en.replace(/ (Subdistrict|Town|Township)$/, ''));
    const suffixes = { street: ['subdistrict', 'jiedao'], town: ['town', 'zhen'], township: ['township', 'xiang'] }[
      s.kind as 'street' | 'town' | 'township'
    ] ?? ['subdistrict'];
    if (!ambiguous) put(roman, base, ref);
    for (const suffix of suffixes) put(roman, base + suffix, ref);
  }
  const longestHan = Math.max(...[...han.keys()].map((k) => k.length));
  return { han, roman, longestHan };
}

const lexicon = buildLexicon();
const HAN_RUN = /\p{Script=Han}+/gu;
const LATIN_WORD = /[a-z']+/g;
const MAX_LATIN_WORDS = 4;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Where ICU puts word breaks in a Chinese run: a name must start and end on one (大团队 is not 大团). */
function wordBoundaries(run: string): Set<number> {
  const out = new Set<number>([run.length]);
  for (const s of segmenter.segment(run)) out.add(s.index);
  return out;
}

export interface RecognisedPlaces {
  places: PlaceRef[];
  /** The query with the place names taken out (white space where they were). */
  rest: string;
}

/**
 * District and street/town names in a normalised query (lower case, simplified): the longest
 * name starting at each word break of a Chinese run and ending on one (闵行儿童 → 闵行; not 大团 in
 * 大团队), and runs of up to four Latin words whose letters name a place (pudong new area,
 * minhang, xujiahui). A name several places share (虹桥: a street in 长宁, a town in 闵行) gives all.
 */
export function recognisePlaces(query: string): RecognisedPlaces {
  const found: PlaceRef[] = [];
  const cut: [number, number][] = [];
  const note = (refs: readonly PlaceRef[], start: number, end: number) => {
    for (const r of refs) if (!found.some((f) => f.kind === r.kind && f.code === r.code)) found.push(r);
    cut.push([start, end]);
  };
  for (const m of query.matchAll(HAN_RUN)) {
    const run = m[0];
    const bounds = wordBoundaries(run);
    let i = 0;
    while (i < run.length) {
      let matched = 0;
      for (let len = Math.min(lexicon.longestHan, run.length - i); len >= 2 && bounds.has(i); len--) {
        const refs = bounds.has(i + len) ? lexicon.han.get(run.slice(i, i + len)) : undefined;
        if (refs) {
          note(refs, (m.index ?? 0) + i, (m.index ?? 0) + i + len);
          matched = len;
          break;
        }
      }
      i += matched || 1;
    }
  }
  const words = [...query.matchAll(LATIN_WORD)].map((w) => ({
    text: latin(w[0]),
    start: w.index ?? 0,
    end: (w.index ?? 0) + w[0].length,
  }));
  let k = 0;
  while (k < words.length) {
    let matched = 0;
    for (let len = Math.min(MAX_LATIN_WORDS, words.length - k); len >= 1; len--) {
      const key = words
        .slice(k, k + len)
        .map((w) => w.text)
        .join('');
      const refs = lexicon.roman.get(key);
      if (refs) {
        note(refs, words[k]?.start ?? 0, words[k + len - 1]?.end ?? 0);
        matched = len;
        break;
      }
    }
    k += matched || 1;
  }
  cut.sort((a, b) => b[0] - a[0]);
  let rest = query;
  for (const [start, end] of cut) rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
  return { places: found, rest: rest.replace(/\s+/g, ' ').trim() };
}

import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Readings pinyin-pro's dictionary gets wrong for this platform's words (place names first: 闵行 is
 * Minhang, not "minxing"), given to pinyin-pro as its custom dictionary.
 */
const READINGS: Record<string, string> = {
  闵行: 'mǐn háng',
  莘庄: 'xīn zhuāng',
  长者: 'zhǎng zhě',
  乐龄: 'lè líng',
};
customPinyin(READINGS);

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** One syllable string per word; phrases longer than this keep only their word forms. */
const MAX_JOINED = 40;
const cache = new Map<string, string>();
const CACHE_MAX = 100_000;

/**
 * The toneless pinyin a pinyin query should find `text` by: for every Chinese word the joined
 * syllables and their initials (儿童 → `ertong et`), two single-character words side by side joined
 * too (ICU splits some names), and for a short text the whole of it joined (儿童保护评估 →
 * `ertongbaohupinggu etbhpg`), so `ertongbaohu` finds it as a prefix. Empty for text without
 * Chinese. Syllables come from the whole run, so pinyin-pro reads polyphones in context (银行 is
 * yinhang). Texts repeat (skills, labels, titles), so answers are cached.
 */
export function pinyinForms(text: string): string {
  if (!HAN.test(text)) return '';
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const forms: string[] = [];
  const seen = new Set<string>();
  const add = (syl: readonly string[]) => {
    const full = syl.join('');
    for (const form of [full, syl.length > 1 ? syl.map((x) => x[0]).join('') : '']) {
      if (form.length >= 2 && !seen.has(form)) {
        seen.add(form);
        forms.push(form);
      }
    }
  };
  for (const run of text.match(HAN_RUNS) ?? []) {
    // One syllable per character (astral characters count as one).
    const chars = [...run];
    const syl = pinyin(run, { toneType: 'none', type: 'array', v: true });
    if (syl.length !== chars.length) continue;
    const offsets: number[] = [];
    let unit = 0;
    for (const ch of chars) {
      offsets.push(unit);
      unit += ch.length;
    }
    const charAt = (utf16: number) => offsets.indexOf(utf16);
    let previousSingle: string | null = null;
    for (const s of segmenter.segment(run)) {
      if (!s.isWordLike) continue;
      const from = charAt(s.index);
      const to = charAt(s.index + s.segment.length);
      const word = syl.slice(from, to === -1 ? syl.length : to).filter((x) => /^[a-z]+$/.test(x));
      if (word.length === 0) continue;
      add(word);
      if (word.length === 1 && previousSingle) add([previousSingle, word[0] as string]);
      previousSingle = word.length === 1 ? (word[0] as string) : null;
    }
    const all = syl.filter((x) => /^[a-z]+$/.test(x));
    if (all.length > 2 && all.join('').length <= MAX_JOINED) add(all);
  }
  const out = forms.join(' ');
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(text, out);
  return out;
}

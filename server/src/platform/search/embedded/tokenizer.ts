import { toSimplified } from '../text/chinese-variants.js';

/** One word of a text: its normalised term and where it sits. */
export interface Token {
  term: string;
  /** Offsets into the original text (UTF-16 units), for highlighting. */
  start: number;
  end: number;
  /** Word position; a sentence break or an array element boundary leaves a gap, as Meilisearch does. */
  position: number;
}

/** Gap between words across a hard separator, so that proximity treats them as far apart. */
export const HARD_SEPARATOR_GAP = 8;
/** Longer words are dropped, as Meilisearch drops over-long words. */
const MAX_TERM_LENGTH = 64;

const OTHER = 0;
const WORD = 1;
const HAN = 2;
const SEPARATOR = 3;

// One class per UTF-16 unit, computed once: a table lookup beats a Unicode regex per character.
const CLASS = buildClassTable();

function buildClassTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{N}\p{M}]/u;
  const hanChar = /\p{Script=Han}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (hanChar.test(ch)) table[c] = HAN;
    else if (wordChar.test(ch)) table[c] = WORD;
  }
  for (const ch of '.!?;。！？；\n') table[ch.charCodeAt(0)] = SEPARATOR;
  return table;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return CLASS[c] ?? OTHER;
  const cp = text.codePointAt(i) ?? 0;
  // Astral planes: CJK extensions B and later are Chinese; other astral letters count as words.
  if (cp >= 0x20000 && cp <= 0x3ffff) return HAN;
  return /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp)) ? WORD : OTHER;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// Field texts repeat a lot (labels, skills, organisation names); ICU costs ~1 µs a word.
const segmentCache = new Map<string, Int32Array>();
const SEGMENT_CACHE_MAX = 200_000;
const CACHEABLE_RUN = 32;

/** Word boundaries of a Chinese run as [start, end, start, end, …] offsets. */
function segmentHan(run: string): Int32Array {
  const cached = segmentCache.get(run);
  if (cached) return cached;
  const bounds: number[] = [];
  for (const s of segmenter.segment(run)) {
    if (s.isWordLike) bounds.push(s.index, s.index + s.segment.length);
  }
  const out = Int32Array.from(bounds);
  if (run.length <= CACHEABLE_RUN) {
    if (segmentCache.size >= SEGMENT_CACHE_MAX) segmentCache.clear();
    segmentCache.set(run, out);
  }
  return out;
}

export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (classAt(text, i) === HAN) return true;
  return false;
}

const MARKS = /\p{M}/gu;
/** Lower-cases Latin, folds full-width forms and strips accents (café → cafe) on both index and query sides. */
export function normalizeTerm(word: string): string {
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) > 0x7f) return word.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase();
  }
  return word.toLowerCase();
}

/**
 * Splits text into words: Chinese runs through ICU's dictionary segmenter (`Intl.Segmenter('zh')`),
 * everything else at any character that is not a letter, digit or mark.
 */
export function tokenize(text: string, firstPosition = 0, out: Token[] = []): { tokens: Token[]; next: number } {
  let position = firstPosition;
  let gap = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = classAt(text, i);
    if (kind === OTHER) {
      i += 1;
      continue;
    }
    if (kind === SEPARATOR) {
      if (position > firstPosition) gap = HARD_SEPARATOR_GAP - 1;
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      if (classAt(text, j) !== kind) break;
      j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
    }
    if (kind === WORD) {
      if (j - i <= MAX_TERM_LENGTH) {
        position += gap;
        gap = 0;
        out.push({ term: normalizeTerm(text.slice(i, j)), start: i, end: j, position });
        position += 1;
      }
    } else {
      // Traditional characters are indexed and searched as simplified (兒童 is 儿童); OpenCC keeps
      // lengths in all but rare phrases, and only a same-length conversion keeps highlight offsets.
      const original = text.slice(i, j);
      const simplified = toSimplified(original);
      const run = simplified.length === original.length ? simplified : original;
      const bounds = segmentHan(run);
      for (let b = 0; b < bounds.length; b += 2) {
        const start = i + (bounds[b] ?? 0);
        const end = i + (bounds[b + 1] ?? 0);
        position += gap;
        gap = 0;
        out.push({ term: run.slice(start - i, end - i), start, end, position });
        position += 1;
      }
    }
    i = j;
  }
  return { tokens: out, next: position + gap };
}

/** The query's words, at most `maxWords` (Meilisearch reads the first ten). */
export function queryTerms(q: string, maxWords = 10): string[] {
  return tokenize(q)
    .tokens.slice(0, maxWords)
    .map((t) => t.term);
}

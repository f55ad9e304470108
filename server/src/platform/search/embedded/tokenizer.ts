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
const RUN = /[\p{L}\p{N}\p{M}]+|[.!?;。！？；\n]+/gu;
const HAN_OR_OTHER = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /\p{Script=Han}/u;
const SEPARATORS = new Set('.!?;。！？；\n');
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// Field texts repeat a lot (labels, skills, organisation names); ICU costs ~1 µs a word.
const segmentCache = new Map<string, readonly (readonly [string, number])[]>();
const SEGMENT_CACHE_MAX = 200_000;
const CACHEABLE_RUN = 24;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Lower-cases Latin, folds full-width forms and strips accents (café → cafe) on both index and query sides. */
export function normalizeTerm(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(MARKS, '').normalize('NFC').toLowerCase();
}

function segmentHan(run: string): readonly (readonly [string, number])[] {
  const cached = segmentCache.get(run);
  if (cached) return cached;
  const words: (readonly [string, number])[] = [];
  for (const s of segmenter.segment(run)) {
    if (s.isWordLike) words.push([s.segment, s.index]);
  }
  if (run.length <= CACHEABLE_RUN) {
    if (segmentCache.size >= SEGMENT_CACHE_MAX) segmentCache.clear();
    segmentCache.set(run, words);
  }
  return words;
}

/**
 * Splits text into words: Chinese runs through ICU's dictionary segmenter (`Intl.Segmenter('zh')`),
 * everything else at any character that is not a letter, digit or mark.
 */
export function tokenize(text: string, firstPosition = 0, out: Token[] = []): { tokens: Token[]; next: number } {
  let position = firstPosition;
  let pendingGap = 0;
  const push = (word: string, start: number): void => {
    if (word.length > MAX_TERM_LENGTH) return;
    const term = normalizeTerm(word);
    if (term === '') return;
    position += pendingGap;
    pendingGap = 0;
    out.push({ term, start, end: start + word.length, position });
    position += 1;
  };
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    const at = m.index;
    if (SEPARATORS.has(run[0] ?? '')) {
      if (position > firstPosition) pendingGap = HARD_SEPARATOR_GAP - 1;
      continue;
    }
    if (!HAN.test(run)) {
      push(run, at);
      continue;
    }
    for (const part of run.matchAll(HAN_OR_OTHER)) {
      const partAt = at + part.index;
      if (!HAN.test(part[0])) {
        push(part[0], partAt);
        continue;
      }
      for (const [word, offset] of segmentHan(part[0])) push(word, partAt + offset);
    }
  }
  return { tokens: out, next: position + pendingGap };
}

/** The query's words, at most `maxWords` (Meilisearch reads the first ten). */
export function queryTerms(q: string, maxWords = 10): string[] {
  return tokenize(q)
    .tokens.slice(0, maxWords)
    .map((t) => t.term);
}

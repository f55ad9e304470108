import { type FieldValue, HIGHLIGHT_ARRAY_SEPARATOR } from '../search-engine.js';
import { escapeHtml } from '../search-validation.js';
import { type Token, tokenize } from './tokenizer.js';

/** What to mark: single terms (with how many leading characters) and adjacent-word phrases. */
export interface HighlightSpec {
  terms: ReadonlyMap<string, number>;
  phrases: readonly (readonly string[])[];
}

function marks(tokens: Token[], spec: HighlightSpec): [number, number][] {
  const spans: [number, number][] = [];
  for (const t of tokens) {
    const chars = spec.terms.get(t.term);
    if (chars === undefined) continue;
    const length = t.end - t.start;
    spans.push([t.start, t.start + (chars === 0 ? length : Math.min(chars, length))]);
  }
  for (const phrase of spec.phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && t.term === phrase[k] && t.position === (tokens[i]?.position ?? 0) + k;
      }
      if (!ok) continue;
      for (let k = 0; k < phrase.length; k++) {
        const t = tokens[i + k] as Token;
        spans.push([t.start, t.end]);
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/**
 * HTML-escapes `text` and wraps matched words (or matched prefixes) in `<mark>`…`</mark>`; touching
 * matches share one mark, so a Chinese phrase split into words reads as one highlight.
 */
export function highlightText(text: string, spec: HighlightSpec | null): string {
  if (!spec) return escapeHtml(text);
  let out = '';
  let at = 0;
  for (const [start, end] of marks(tokenize(text).tokens, spec)) {
    out += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * True when `text` holds a word (or phrase) the query matched, as a mark of at least `minLength`
 * characters: ICU cuts some words into characters (长者 → 长 + 者), and a lone 者 in 工作者 is not
 * why a document matched 长者.
 */
export function hasMatch(text: string, spec: HighlightSpec, minLength = 1): boolean {
  return marks(tokenize(text).tokens, spec).some(([start, end]) => end - start >= minLength);
}

/** A field value as one highlighted string; array elements are highlighted one by one and joined. */
export function highlightValue(value: FieldValue | undefined, spec: HighlightSpec | null): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return highlightText(value, spec);
  if (typeof value === 'number' || typeof value === 'boolean') return highlightText(String(value), spec);
  return value.map((v) => highlightText(v, spec)).join(HIGHLIGHT_ARRAY_SEPARATOR);
}

import type { ReactNode } from 'react';
import styles from './search.module.css';

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescapeHtml = (text: string) =>
  text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);

export interface HighlightPart {
  text: string;
  marked: boolean;
}

/**
 * The search API's highlight (escaped text with matched words in `<mark>`) as plain parts. It is
 * never put into the page as HTML: only the marks become elements, everything else stays text.
 */
export function highlightParts(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const pattern = /<mark>(.*?)<\/mark>/gs;
  let at = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    if (match.index > at) parts.push({ text: unescapeHtml(html.slice(at, match.index)), marked: false });
    parts.push({ text: unescapeHtml(match[1] ?? ''), marked: true });
    at = match.index + match[0].length;
  }
  if (at < html.length) parts.push({ text: unescapeHtml(html.slice(at)), marked: false });
  return parts;
}

/** A snippet of about `length` characters around the first match, with ellipses where text was cut. */
export function snippetParts(html: string, length = 90): HighlightPart[] {
  const parts = highlightParts(html).map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') }));
  const first = parts.findIndex((p) => p.marked);
  if (first < 0) return [];
  const before = parts.slice(0, first).reduce((n, p) => n + p.text.length, 0);
  let skip = Math.max(0, before - Math.floor(length / 3));
  let budget = length;
  const out: HighlightPart[] = [];
  for (const part of parts) {
    if (budget <= 0) break;
    let text = part.text;
    if (skip > 0) {
      const cut = Math.min(skip, text.length);
      text = text.slice(cut);
      skip -= cut;
    }
    if (!text) continue;
    text = part.marked ? text : text.slice(0, budget);
    budget -= text.length;
    out.push({ text, marked: part.marked });
  }
  const total = parts.reduce((n, p) => n + p.text.length, 0);
  const shown = out.reduce((n, p) => n + p.text.length, 0);
  if (before > Math.floor(length / 3)) out.unshift({ text: '…', marked: false });
  if (Math.max(0, before - Math.floor(length / 3)) + shown < total) out.push({ text: '…', marked: false });
  return out;
}

function render(parts: readonly HighlightPart[]): ReactNode {
  return parts.map((part, i) =>
    part.marked ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string never reorder
      <mark key={i} className={styles.mark}>
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** Text with the words that matched the query marked; `fallback` when the API sent no highlight. */
export function HighlightedText({ html, fallback }: { html: string | undefined; fallback: string }) {
  return <>{html ? render(highlightParts(html)) : fallback}</>;
}

/** A short excerpt around the first match, or nothing when the text did not match. */
export function HighlightedSnippet({ html, className }: { html: string | undefined; className?: string }) {
  const parts = html ? snippetParts(html) : [];
  if (!parts.some((p) => p.marked)) return null;
  return <p className={className}>{render(parts)}</p>;
}

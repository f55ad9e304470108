import { inlineJson, jobPostingJsonLd, type Position } from '@shsw/shared';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * What the public position page's <head> carries before any script runs: a title, a
 * description and the JobPosting structured data, so crawlers see the posting.
 */
export function positionPageHead(position: Position, pageUrl: string): string {
  const summary = `${position.organisation.name} · ${position.salaryMin}–${position.salaryMax} 元/月 · ${position.description.slice(0, 120)}`;
  return [
    `<title>${escapeHtml(position.title)} · ${escapeHtml(position.organisation.name)} · 上海社会工作人才供需平台</title>`,
    `<meta name="description" content="${escapeHtml(summary)}">`,
    `<script type="application/ld+json">${inlineJson(jobPostingJsonLd(position, pageUrl))}</script>`,
  ].join('\n    ');
}

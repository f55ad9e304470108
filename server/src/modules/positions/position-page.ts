import {
  findDistrict,
  findStreet,
  inlineJson,
  jobPostingJsonLd,
  type OrganisationPage,
  type Position,
} from '@shsw/shared';

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

/** The public organisation page's <head>: a title, a description and Organization structured data (no person). */
export function organisationPageHead(page: OrganisationPage, pageUrl: string): string {
  const org = page.organisation;
  const district = findDistrict(org.districtCode);
  const street = findStreet(org.streetCode);
  const place = [district?.label.zh, street?.label.zh].filter(Boolean).join(' ');
  const summary = `${org.name} · ${place} · 在招岗位 ${page.positions.total} 个`;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: org.name,
    url: pageUrl,
    address: {
      '@type': 'PostalAddress',
      streetAddress: street?.label.zh,
      addressLocality: district?.label.zh,
      addressRegion: '上海市',
      addressCountry: 'CN',
    },
  };
  return [
    `<title>${escapeHtml(org.name)} · 上海社会工作人才供需平台</title>`,
    `<meta name="description" content="${escapeHtml(summary)}">`,
    `<script type="application/ld+json">${inlineJson(data)}</script>`,
  ].join('\n    ');
}

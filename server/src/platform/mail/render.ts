import type { Locale } from '@shsw/shared';

/** The parts of a mail; every string is plain text and is escaped for the HTML part. */
export interface MailContent {
  subject: string;
  /** Opening line: "您好，李明：" / "Hello Li Ming,". */
  greeting: string;
  paragraphs: readonly string[];
  /** The one thing to do, as a button in HTML and a bare link in text. */
  action?: { label: string; url: string };
  /** Lines after the action (expiry, "if this was not you"). */
  after?: readonly string[];
  /** Why this mail came, and how to stop it. */
  footer: readonly string[];
  unsubscribe?: { label: string; url: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SITE_NAME: Record<Locale, string> = {
  'zh-CN': '上海社会工作人才供需平台',
  en: 'Shanghai Social-Work Talent Platform',
};

export function siteName(lang: Locale): string {
  return SITE_NAME[lang];
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain text and HTML from the same parts, so both always say the same. */
export function renderMail(lang: Locale, c: MailContent): RenderedMail {
  const text = [
    c.greeting,
    '',
    ...c.paragraphs.flatMap((p) => [p, '']),
    ...(c.action ? [`${c.action.label}:`, c.action.url, ''] : []),
    ...(c.after ?? []).flatMap((p) => [p, '']),
    '--',
    SITE_NAME[lang],
    ...c.footer,
    ...(c.unsubscribe ? [`${c.unsubscribe.label}: ${c.unsubscribe.url}`] : []),
  ].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const html = `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(c.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f7fa;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;font-size:15px;line-height:1.6;color:#1f2937">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<p style="margin:0 0 20px;font-weight:600;color:#0b5cad">${escapeHtml(SITE_NAME[lang])}</p>
${p(c.greeting)}
${c.paragraphs.map(p).join('\n')}
${
  c.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(c.action.url)}" style="display:inline-block;background:#0b5cad;color:#ffffff;text-decoration:none;padding:10px 20px;border-radius:6px">${escapeHtml(c.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;color:#6b7280;word-break:break-all">${escapeHtml(c.action.url)}</p>`
    : ''
}
${(c.after ?? []).map(p).join('\n')}
<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px">
${c.footer.map((f) => `<p style="margin:0 0 6px;font-size:12px;color:#6b7280">${escapeHtml(f)}</p>`).join('\n')}
${
  c.unsubscribe
    ? `<p style="margin:0;font-size:12px"><a href="${escapeHtml(c.unsubscribe.url)}" style="color:#6b7280">${escapeHtml(c.unsubscribe.label)}</a></p>`
    : ''
}
</div>
</body>
</html>
`;
  return { subject: c.subject, text, html };
}

import {
  type Label,
  type Locale,
  labelFor,
  personalDataSections,
  retainedAfterDeletion,
  retentionReasons,
} from '@shsw/shared';
import type { PersonalDataExport } from './privacy.service.js';

/** Names of the fields that recur across sections; others are shown by their JSON name. */
const fieldLabels: Record<string, Label> = {
  login: { zh: '登录名', en: 'Sign-in name' },
  displayName: { zh: '显示名称', en: 'Display name' },
  role: { zh: '角色', en: 'Role' },
  status: { zh: '状态', en: 'Status' },
  createdAt: { zh: '创建时间', en: 'Created' },
  updatedAt: { zh: '更新时间', en: 'Updated' },
  startedAt: { zh: '开始时间', en: 'Started' },
  lastSeenAt: { zh: '最近使用', en: 'Last used' },
  ip: { zh: 'IP 地址', en: 'IP address' },
  userAgent: { zh: '浏览器', en: 'Browser' },
  title: { zh: '名称', en: 'Title' },
  name: { zh: '姓名/名称', en: 'Name' },
  type: { zh: '类型', en: 'Type' },
  at: { zh: '时间', en: 'Time' },
  action: { zh: '动作', en: 'Action' },
  coverNote: { zh: '求职留言', en: 'Cover note' },
  text: { zh: '内容', en: 'Text' },
  frequency: { zh: '频率', en: 'Frequency' },
  level: { zh: '等级', en: 'Level' },
  number: { zh: '编号', en: 'Number' },
  year: { zh: '年份', en: 'Year' },
  periodId: { zh: '期间', en: 'Period' },
  readAt: { zh: '已读时间', en: 'Read' },
  publishedAt: { zh: '发布时间', en: 'Published' },
};

const text = {
  title: { zh: '我的个人信息摘要', en: 'Summary of my personal data' },
  intro: {
    zh: '上海社会工作人才供需平台保存的、与您有关的全部信息的摘要。完整内容见同时下载的 JSON 文件（格式 {{format}}，版本 {{version}}）。',
    en: 'A summary of everything the Shanghai social-work talent platform holds about you. The full content is in the JSON export (format {{format}}, version {{version}}).',
  },
  exportedAt: { zh: '导出时间', en: 'Exported' },
  nothing: { zh: '（无）', en: '(none)' },
  items: { zh: '共 {{n}} 项', en: '{{n}} item(s)' },
  more: { zh: '……另有 {{n}} 项，见 JSON 文件', en: '… {{n}} more in the JSON file' },
  kept: { zh: '删除账号后保留的内容及原因', en: 'What stays after you delete your account, and why' },
} satisfies Record<string, Label>;

const SHOWN = 20;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

function scalar(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** One line per item: its plain fields, `name: value` joined; nested lists and objects by their size. */
function describe(value: unknown, locale: Locale): string {
  if (Array.isArray(value)) return fill(labelFor(text.items, locale), { n: value.length });
  if (!value || typeof value !== 'object') return scalar(value) ?? labelFor(text.nothing, locale);
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const name = fieldLabels[key] ? labelFor(fieldLabels[key], locale) : key;
    const plain = scalar(v);
    if (plain !== null) parts.push(`${name}: ${plain}`);
    else if (Array.isArray(v)) parts.push(`${name}: ${fill(labelFor(text.items, locale), { n: v.length })}`);
  }
  return parts.join(' · ') || labelFor(text.nothing, locale);
}

function section(value: unknown, locale: Locale): string[] {
  if (value === null || value === undefined) return [labelFor(text.nothing, locale)];
  if (Array.isArray(value)) {
    if (value.length === 0) return [labelFor(text.nothing, locale)];
    const lines = value.slice(0, SHOWN).map((item) => `- ${describe(item, locale)}`);
    if (value.length > SHOWN) lines.push(`- ${fill(labelFor(text.more, locale), { n: value.length - SHOWN })}`);
    return [fill(labelFor(text.items, locale), { n: value.length }), '', ...lines];
  }
  if (typeof value === 'object') {
    const lines: string[] = [];
    for (const [key, v] of Object.entries(value)) {
      const name = fieldLabels[key] ? labelFor(fieldLabels[key], locale) : key;
      if (Array.isArray(v) || (v && typeof v === 'object' && !(v instanceof Date))) {
        lines.push(`- ${name}: ${describe(v, locale)}`);
      } else lines.push(`- ${name}: ${scalar(v) ?? labelFor(text.nothing, locale)}`);
    }
    return lines.length > 0 ? lines : [labelFor(text.nothing, locale)];
  }
  return [scalar(value) ?? labelFor(text.nothing, locale)];
}

/** The export as Markdown: a heading per section in the person's language, then what deletion keeps. */
export function renderExportSummary(data: PersonalDataExport, locale: Locale): string {
  const out = [
    `# ${labelFor(text.title, locale)}`,
    '',
    fill(labelFor(text.intro, locale), { format: data.format, version: data.version }),
    '',
    `${labelFor(text.exportedAt, locale)}: ${data.exportedAt}`,
  ];
  for (const s of personalDataSections) {
    if (!(s.code in data.sections)) continue;
    out.push('', `## ${labelFor(s.label, locale)}`, '', ...section(data.sections[s.code], locale));
  }
  out.push('', `## ${labelFor(text.kept, locale)}`, '');
  for (const kept of retainedAfterDeletion) {
    const reason = retentionReasons.find((r) => r.code === kept.reason);
    out.push(`- ${labelFor(kept.what, locale)}`, `  ${reason ? labelFor(reason.label, locale) : ''}`);
  }
  return `${out.join('\n')}\n`;
}

import {
  type EmailNotificationType,
  emailNotificationTypes,
  type Locale,
  mailedApplicationSteps,
  type NotificationType,
} from '@shsw/shared';
import type { MailContent } from '../../platform/mail/index.js';
import type { NotificationData } from './notifications.service.js';

/** What a notification mail says: a subject and one or two lines; the layout adds the rest. */
interface Wording {
  subject: string;
  lines: string[];
}

type Reader = (key: string) => string;
type Template = (d: Reader, lang: Locale) => Wording;

/** A moment as people in Shanghai read it, in the mail's language. */
function shanghaiTime(iso: string, lang: Locale): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleString(lang, { timeZone: 'Asia/Shanghai', dateStyle: 'medium', timeStyle: 'short' });
}

const statusLabel: Record<string, { 'zh-CN': string; en: string }> = {
  submitted: { 'zh-CN': '已投递', en: 'submitted' },
  viewed: { 'zh-CN': '已查看', en: 'viewed' },
  shortlisted: { 'zh-CN': '已入围', en: 'shortlisted' },
  interview: { 'zh-CN': '面试', en: 'interview' },
  offered: { 'zh-CN': '已发录用通知', en: 'offer made' },
  accepted: { 'zh-CN': '已接受录用', en: 'offer accepted' },
  hired: { 'zh-CN': '已录用', en: 'hired' },
  rejected: { 'zh-CN': '未通过', en: 'not successful' },
  withdrawn: { 'zh-CN': '已撤回', en: 'withdrawn' },
  declined: { 'zh-CN': '已婉拒', en: 'declined' },
};

/**
 * Each type's wording. A template reads only the named fields of the notification's data
 * (`d('positionTitle')`), and every field is a title, a name, a status or a number the platform
 * set — none is text one person wrote to another. A future "new message" mail follows the same
 * rule: `{ senderName }` and a link, never the message.
 */
const templates: Record<Locale, Record<EmailNotificationType, Template>> = {
  'zh-CN': {
    application_submitted: (d) => ({ subject: '收到新的申请', lines: [`有人申请了岗位“${d('positionTitle')}”。`] }),
    offer_answered: (d) =>
      d('answer') === 'accepted'
        ? {
            subject: '录用通知已被接受',
            lines: [`岗位“${d('positionTitle')}”的申请人接受了录用通知，请确认录用。`],
          }
        : { subject: '录用通知被婉拒', lines: [`岗位“${d('positionTitle')}”的申请人婉拒了录用通知。`] },
    organisation_verified: () => ({
      subject: '机构已通过认证',
      lines: ['您的机构已通过民政部门认证，现在可以发布岗位和搜索人才。'],
    }),
    organisation_rejected: (d) => ({
      subject: '机构认证未通过',
      lines: [
        d('reason') ? `原因：${d('reason')}。请按要求修改后重新提交。` : '请查看机构页面，按要求修改后重新提交。',
      ],
    }),
    position_expiring: (d) => ({
      subject: '岗位即将截止',
      lines: [`岗位“${d('positionTitle')}”将于 ${d('deadline')} 截止申请。`],
    }),
    application_status_changed: (d, lang) => ({
      subject: `申请有新进展：${statusLabel[d('status')]?.[lang] ?? d('status')}`,
      lines: [
        `${d('orgName')}：您申请的“${d('positionTitle')}”已更新为“${statusLabel[d('status')]?.[lang] ?? d('status')}”。`,
        '时间、地点等详情请登录后在“我的申请”中查看。',
      ],
    }),
    certificate_decided: (d) =>
      d('status') === 'verified'
        ? { subject: '证书已核验', lines: ['您的职业资格证书已通过核验。'] }
        : {
            subject: '证书未通过核验',
            lines: [d('reason') ? `原因：${d('reason')}` : '请检查证书信息后重新提交。'],
          },
    saved_search_match: (d) => ({
      subject: `“${d('searchName')}”有新岗位`,
      lines: [`${d('orgName')} 发布了“${d('positionTitle')}”。`],
    }),
    saved_search_digest: (d) => ({
      subject: `“${d('searchName')}”今日新岗位`,
      lines: [`${d('count')} 个新岗位：${d('titles')}`],
    }),
    profile_match: (d) => ({
      subject: '与您档案匹配的新岗位',
      lines: [`${d('orgName')} 发布了“${d('positionTitle')}”，匹配度 ${d('score')} 分。`],
    }),
    ce_reminder: (d) => ({
      subject: '继续教育学时不足',
      lines: [`本周期要求 ${d('required')} 学时，还差 ${d('hoursShort')} 学时，周期于 ${d('cycleEnd')} 结束。`],
    }),
    organisation_to_verify: (d) => ({ subject: '新机构待审核', lines: [`${d('orgName')} 提交了认证申请。`] }),
    sign_in_failures: (d, lang) => ({
      subject: '安全提醒：您的账号密码被多次输错',
      lines: [
        `有人多次用错误的密码尝试登录您的账号（${d('failures')} 次，最近一次在 ${shanghaiTime(d('at'), lang)}）。密码没有被猜中。`,
        '如果不是您本人，建议修改一个更难猜的密码；您以前登录过的设备不受影响。',
      ],
    }),
    invitation_received: (d) => ({
      subject: `${d('orgName')} 邀请您投递岗位`,
      lines: [
        `${d('orgName')} 邀请您投递“${d('positionTitle')}”。`,
        '邀请 14 天内有效，请登录后在“我的邀请”中查看邀请留言并接受或婉拒。',
      ],
    }),
    // Names the sender only: the message itself never leaves the platform by mail.
    message_received: (d) => ({
      subject: `您有一条来自${d('senderName')}的新消息`,
      lines: [`您有一条来自${d('senderName')}的新消息（岗位“${d('positionTitle')}”）。请登录平台查看。`],
    }),
    report_published: (d) => ({
      subject: '新的供需报告已发布',
      lines: [`${d('periodId')} 的人才供需报告${d('preliminary') === 'true' ? '（初步数据）' : ''}已发布。`],
    }),
  },
  en: {
    application_submitted: (d) => ({
      subject: 'New application',
      lines: [`Someone applied to “${d('positionTitle')}”.`],
    }),
    offer_answered: (d) =>
      d('answer') === 'accepted'
        ? {
            subject: 'Offer accepted',
            lines: [`The applicant for “${d('positionTitle')}” accepted your offer; please confirm the hire.`],
          }
        : { subject: 'Offer declined', lines: [`The applicant for “${d('positionTitle')}” declined your offer.`] },
    organisation_verified: () => ({
      subject: 'Organisation verified',
      lines: ['The civil-affairs bureau verified your organisation: you can now publish positions and search talent.'],
    }),
    organisation_rejected: (d) => ({
      subject: 'Organisation not verified',
      lines: [
        d('reason')
          ? `Reason: ${d('reason')}. Please make the changes asked for and submit again.`
          : 'Please see the organisation page, make the changes asked for and submit again.',
      ],
    }),
    position_expiring: (d) => ({
      subject: 'Position closing soon',
      lines: [`“${d('positionTitle')}” stops taking applications on ${d('deadline')}.`],
    }),
    application_status_changed: (d, lang) => ({
      subject: `Your application moved on: ${statusLabel[d('status')]?.[lang] ?? d('status')}`,
      lines: [
        `${d('orgName')}: your application for “${d('positionTitle')}” is now “${statusLabel[d('status')]?.[lang] ?? d('status')}”.`,
        'Sign in and open My applications for the time, the place and other details.',
      ],
    }),
    certificate_decided: (d) =>
      d('status') === 'verified'
        ? { subject: 'Certificate verified', lines: ['Your professional certificate has been verified.'] }
        : {
            subject: 'Certificate not verified',
            lines: [d('reason') ? `Reason: ${d('reason')}` : 'Please check the certificate details and submit again.'],
          },
    saved_search_match: (d) => ({
      subject: `New position for “${d('searchName')}”`,
      lines: [`${d('orgName')} published “${d('positionTitle')}”.`],
    }),
    saved_search_digest: (d) => ({
      subject: `Today's new positions for “${d('searchName')}”`,
      lines: [`${d('count')} new position(s): ${d('titles')}`],
    }),
    profile_match: (d) => ({
      subject: 'New position matching your record',
      lines: [`${d('orgName')} published “${d('positionTitle')}”, a ${d('score')}/100 match.`],
    }),
    ce_reminder: (d) => ({
      subject: 'Continuing-education hours short',
      lines: [
        `This cycle needs ${d('required')} hours and ${d('hoursShort')} are still missing; it ends on ${d('cycleEnd')}.`,
      ],
    }),
    organisation_to_verify: (d) => ({
      subject: 'New organisation to verify',
      lines: [`${d('orgName')} asked to be verified.`],
    }),
    sign_in_failures: (d, lang) => ({
      subject: 'Security notice: repeated wrong passwords on your account',
      lines: [
        `Someone tried to sign in to your account with wrong passwords (${d('failures')} times, the last at ${shanghaiTime(d('at'), lang)}, Shanghai time). The password was not guessed.`,
        'If it was not you, consider a harder password; devices you signed in on before are not affected.',
      ],
    }),
    invitation_received: (d) => ({
      subject: `${d('orgName')} invites you to apply`,
      lines: [
        `${d('orgName')} invites you to apply to “${d('positionTitle')}”.`,
        'The invitation is valid for 14 days: sign in and open My invitations to read the message and accept or decline.',
      ],
    }),
    message_received: (d) => ({
      subject: `You have a new message from ${d('senderName')}`,
      lines: [`You have a new message from ${d('senderName')} (position “${d('positionTitle')}”). Sign in to read it.`],
    }),
    report_published: (d) => ({
      subject: 'New supply–demand report published',
      lines: [
        `The talent supply–demand report for ${d('periodId')}${d('preliminary') === 'true' ? ' (preliminary figures)' : ''} has been published.`,
      ],
    }),
  },
};

const chrome: Record<Locale, { greeting: (name: string) => string; open: string; why: string; unsubscribe: string }> = {
  'zh-CN': {
    greeting: (name) => `${name}，您好：`,
    open: '在平台上查看',
    why: '您收到这封邮件，是因为您在通知设置中开启了这类邮件提醒。',
    unsubscribe: '不再接收这类邮件',
  },
  en: {
    greeting: (name) => `Hello ${name},`,
    open: 'Open it on the platform',
    why: 'You receive this mail because mail alerts of this kind are on in your notification settings.',
    unsubscribe: 'Stop mail of this kind',
  },
};

/** Whether this notification goes out by mail at all: application steps only where the worker must act. */
export function isMailable(type: NotificationType, data: NotificationData): type is EmailNotificationType {
  if (!(emailNotificationTypes as readonly NotificationType[]).includes(type)) return false;
  if (type === 'application_status_changed') {
    return (mailedApplicationSteps as readonly string[]).includes(String(data.status));
  }
  return true;
}

/** The mail for one notification, in the recipient's language. */
export function notificationMail(
  type: EmailNotificationType,
  data: NotificationData,
  ctx: { lang: Locale; name: string; link: string; unsubscribeUrl: string },
): MailContent {
  const read: Reader = (key) => {
    const value = data[key];
    return value === null || value === undefined ? '' : String(value);
  };
  const wording = templates[ctx.lang][type](read, ctx.lang);
  const c = chrome[ctx.lang];
  return {
    subject: wording.subject,
    greeting: c.greeting(ctx.name),
    paragraphs: wording.lines,
    action: { label: c.open, url: ctx.link },
    footer: [c.why],
    unsubscribe: { label: c.unsubscribe, url: ctx.unsubscribeUrl },
  };
}

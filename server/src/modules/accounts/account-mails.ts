import type { Locale } from '@shsw/shared';
import type { MailContent } from '../../platform/mail/index.js';

/**
 * The account's own mail, in the recipient's language. Each template takes only what it shows;
 * links carry a single-use token and say how long they work.
 */
type AccountTemplates = {
  sign_up_confirm(d: { name: string; link: string }): MailContent;
  sign_up_existing(d: { signInLink: string; resetLink: string }): MailContent;
  password_reset(d: { name: string; link: string }): MailContent;
  password_reset_unknown(d: { signUpLink: string }): MailContent;
  verify_email(d: { name: string; link: string }): MailContent;
  email_change_confirm(d: { name: string; link: string }): MailContent;
  email_change_taken(d: { signInLink: string }): MailContent;
  email_changed_notice(d: { name: string; newAddress: string; resetLink: string }): MailContent;
};
export type AccountTemplate = keyof AccountTemplates;

const zh: AccountTemplates = {
  sign_up_confirm: ({ name, link }) => ({
    subject: '请确认您的邮箱，完成注册',
    greeting: `${name}，您好：`,
    paragraphs: ['感谢您注册上海社会工作人才供需平台。请点击下面的按钮确认这个邮箱地址，账号随即创建并登录。'],
    action: { label: '确认邮箱并创建账号', url: link },
    after: ['链接 24 小时内有效，只能使用一次。'],
    footer: ['有人在平台注册页填写了这个邮箱地址。如果不是您本人，请忽略本邮件，不会创建任何账号。'],
  }),
  sign_up_existing: ({ signInLink, resetLink }) => ({
    subject: '有人尝试用您的邮箱注册',
    greeting: '您好：',
    paragraphs: [
      '刚才有人（也可能是您自己）尝试用这个邮箱地址注册新账号。这个地址已经有账号了，所以没有创建新账号。',
      `如果是您本人，请直接登录：${signInLink}`,
      '如果忘记了密码，可以重设：',
    ],
    action: { label: '重设密码', url: resetLink },
    footer: ['如果不是您本人操作，请忽略本邮件，您的账号没有任何变化。'],
  }),
  password_reset: ({ name, link }) => ({
    subject: '重设您的密码',
    greeting: `${name}，您好：`,
    paragraphs: ['我们收到了重设您账号密码的请求。请点击下面的按钮设置新密码。'],
    action: { label: '设置新密码', url: link },
    after: ['链接 30 分钟内有效，只能使用一次。设置新密码后，所有设备上的登录都会退出。'],
    footer: ['如果不是您本人申请，请忽略本邮件，您的密码不会改变。'],
  }),
  password_reset_unknown: ({ signUpLink }) => ({
    subject: '重设密码的请求',
    greeting: '您好：',
    paragraphs: [
      '刚才有人（也可能是您自己）为这个邮箱地址申请重设密码，但平台上没有用这个地址登录的账号。',
      '如果您想注册，可以从这里开始：',
    ],
    action: { label: '注册账号', url: signUpLink },
    footer: ['如果不是您本人操作，请忽略本邮件。'],
  }),
  verify_email: ({ name, link }) => ({
    subject: '请验证您的邮箱地址',
    greeting: `${name}，您好：`,
    paragraphs: ['请点击下面的按钮验证这个邮箱地址。验证之后，您订阅的邮件提醒才会发送到这里。'],
    action: { label: '验证邮箱', url: link },
    after: ['链接 3 天内有效，只能使用一次。'],
    footer: ['如果不是您本人操作，请忽略本邮件。'],
  }),
  email_change_confirm: ({ name, link }) => ({
    subject: '请确认您的新邮箱地址',
    greeting: `${name}，您好：`,
    paragraphs: ['您申请把账号的邮箱地址改为这个地址。点击下面的按钮确认后才会生效。'],
    action: { label: '确认新邮箱', url: link },
    after: ['链接 24 小时内有效，只能使用一次。'],
    footer: ['如果不是您本人申请，请忽略本邮件，账号不会有任何变化。'],
  }),
  email_change_taken: ({ signInLink }) => ({
    subject: '有人想把您的邮箱用于另一个账号',
    greeting: '您好：',
    paragraphs: [
      '平台上另一个账号申请把邮箱地址改为这个地址。这个地址已经属于一个账号，所以没有做任何更改。',
      `如果您想使用自己的账号，请登录：${signInLink}`,
    ],
    footer: ['如果不是您本人操作，请忽略本邮件。'],
  }),
  email_changed_notice: ({ name, newAddress, resetLink }) => ({
    subject: '您账号的邮箱地址已更改',
    greeting: `${name}，您好：`,
    paragraphs: [`您账号的邮箱地址已改为 ${newAddress}。今后的邮件会发送到新地址。`],
    action: { label: '不是我本人操作：重设密码', url: resetLink },
    footer: ['这是一封安全通知，发送到您之前的邮箱地址。'],
  }),
};

const en: AccountTemplates = {
  sign_up_confirm: ({ name, link }) => ({
    subject: 'Confirm your e-mail address to finish signing up',
    greeting: `Hello ${name},`,
    paragraphs: [
      'Thank you for signing up to the Shanghai Social-Work Talent Platform. Confirm this address with the button below and your account is created and signed in.',
    ],
    action: { label: 'Confirm and create my account', url: link },
    after: ['The link works for 24 hours, once.'],
    footer: [
      'Someone entered this address on the sign-up page. If it was not you, ignore this mail: no account is created.',
    ],
  }),
  sign_up_existing: ({ signInLink, resetLink }) => ({
    subject: 'Someone tried to sign up with your address',
    greeting: 'Hello,',
    paragraphs: [
      'Someone (perhaps you) just tried to create an account with this e-mail address. It already has an account, so no new one was created.',
      `If it was you, sign in: ${signInLink}`,
      'If you have forgotten your password, reset it:',
    ],
    action: { label: 'Reset my password', url: resetLink },
    footer: ['If it was not you, ignore this mail: nothing about your account has changed.'],
  }),
  password_reset: ({ name, link }) => ({
    subject: 'Reset your password',
    greeting: `Hello ${name},`,
    paragraphs: [
      'We received a request to reset the password of your account. Choose a new one with the button below.',
    ],
    action: { label: 'Choose a new password', url: link },
    after: ['The link works for 30 minutes, once. Setting a new password signs you out on every device.'],
    footer: ['If you did not ask for this, ignore this mail: your password stays as it is.'],
  }),
  password_reset_unknown: ({ signUpLink }) => ({
    subject: 'A password reset request',
    greeting: 'Hello,',
    paragraphs: [
      'Someone (perhaps you) asked to reset the password for this e-mail address, but no account signs in with it.',
      'If you would like an account, start here:',
    ],
    action: { label: 'Sign up', url: signUpLink },
    footer: ['If it was not you, ignore this mail.'],
  }),
  verify_email: ({ name, link }) => ({
    subject: 'Verify your e-mail address',
    greeting: `Hello ${name},`,
    paragraphs: ['Verify this address with the button below. Mail alerts you subscribed to start once it is verified.'],
    action: { label: 'Verify my address', url: link },
    after: ['The link works for 3 days, once.'],
    footer: ['If it was not you, ignore this mail.'],
  }),
  email_change_confirm: ({ name, link }) => ({
    subject: 'Confirm your new e-mail address',
    greeting: `Hello ${name},`,
    paragraphs: ['You asked to change your account’s e-mail address to this one. It changes once you confirm below.'],
    action: { label: 'Confirm my new address', url: link },
    after: ['The link works for 24 hours, once.'],
    footer: ['If you did not ask for this, ignore this mail: nothing changes.'],
  }),
  email_change_taken: ({ signInLink }) => ({
    subject: 'Someone wanted to use your address for another account',
    greeting: 'Hello,',
    paragraphs: [
      'Another account on the platform asked to change its e-mail address to this one. The address already belongs to an account, so nothing was changed.',
      `To use your own account, sign in: ${signInLink}`,
    ],
    footer: ['If it was not you, ignore this mail.'],
  }),
  email_changed_notice: ({ name, newAddress, resetLink }) => ({
    subject: 'Your account’s e-mail address was changed',
    greeting: `Hello ${name},`,
    paragraphs: [`Your account’s e-mail address is now ${newAddress}. Mail will go to the new address from now on.`],
    action: { label: 'It was not me: reset my password', url: resetLink },
    footer: ['This security notice goes to your previous address.'],
  }),
};

export const accountMails: Record<Locale, AccountTemplates> = { 'zh-CN': zh, en };

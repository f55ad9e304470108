export { MailOutboxModel, mailBackoffMs, type QueuedMail, type Undeliverable } from './mail-outbox.js';
export { classifySmtpError, createMailTransport, type MailTransport, type OutgoingMail } from './mail-transport.js';
export { DEFAULT_MAIL_TTL_MS, Mailer, type MailRequest } from './mailer.js';
export { type MailContent, renderMail, siteName } from './render.js';

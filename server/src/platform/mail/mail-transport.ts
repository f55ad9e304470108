import type { MailDelivery } from '@shsw/shared';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

/** A rendered message, ready for the wire. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** What one attempt came to: sent, or failed for now (retry later) or for good (the address is bad). */
export type DeliveryResult = { ok: true } | { ok: false; permanent: boolean; reason: string };

export interface MailTransport {
  readonly delivery: MailDelivery;
  send(mail: OutgoingMail): Promise<DeliveryResult>;
  close(): void;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * A 5xx answer to the envelope or the message is permanent (RFC 5321 §4.2.1): the address or the
 * message is refused and retrying will not help. Everything else (4xx, refused or dropped
 * connections, timeouts) is the server's trouble and is retried.
 */
export function classifySmtpError(err: unknown): { permanent: boolean; reason: string } {
  const e = (err ?? {}) as SmtpError;
  const code = typeof e.responseCode === 'number' ? e.responseCode : null;
  const reason = (e.response ?? e.message ?? e.code ?? 'unknown error').toString().slice(0, 200);
  return { permanent: code !== null && code >= 500 && code < 600 && e.code !== 'EAUTH', reason };
}

/**
 * SMTP through nodemailer when `SMTP_URL` is set. Without it, development and tests write each
 * message to the log (so sign-up links can be followed from the console) and production sends
 * nothing at all. Timeouts are short so a hanging server only delays the mail worker, which never
 * runs inside a request.
 */
export function createMailTransport(opts: {
  smtpUrl: string | undefined;
  from: string;
  production: boolean;
  log: Logger;
}): MailTransport {
  const { smtpUrl, from, log } = opts;
  if (!smtpUrl) {
    if (opts.production) {
      return {
        delivery: 'off',
        send: async () => ({ ok: false, permanent: false, reason: 'e-mail is off (SMTP_URL unset)' }),
        close: () => undefined,
      };
    }
    return {
      delivery: 'log',
      send: async (mail) => {
        log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'e-mail not sent (SMTP_URL unset): its text');
        return { ok: true };
      },
      close: () => undefined,
    };
  }
  const transporter = nodemailer.createTransport(
    {
      url: smtpUrl,
      pool: true,
      maxConnections: 2,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
      // Templates are ours and carry no attachments: never let a message read files or URLs.
      disableFileAccess: true,
      disableUrlAccess: true,
    },
    { from },
  );
  return {
    delivery: 'smtp',
    async send(mail) {
      try {
        const info = (await transporter.sendMail({
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: mail.headers,
        })) as { rejected?: unknown[]; rejectedErrors?: unknown[] };
        if (info.rejected && info.rejected.length > 0) {
          return { ok: false, ...classifySmtpError(info.rejectedErrors?.[0] ?? { message: 'recipient refused' }) };
        }
        return { ok: true };
      } catch (err) {
        return { ok: false, ...classifySmtpError(err) };
      }
    },
    close: () => transporter.close(),
  };
}

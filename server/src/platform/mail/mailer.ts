import type { Locale, MailDelivery } from '@shsw/shared';
import { AppError } from '../errors/app-error.js';
import type { Logger } from '../logger.js';
import type { FieldCipher } from '../security/encryption.js';
import { MailOutbox, type Undeliverable } from './mail-outbox.js';
import type { MailTransport } from './mail-transport.js';
import { type MailContent, renderMail } from './render.js';

export interface MailRequest {
  to: string;
  /** The account it concerns, when there is one (its waiting mail goes with the account). */
  userId: string | null;
  /** A stable name, also sent as the `X-SHSW-Template` header. */
  template: string;
  lang: Locale;
  content: MailContent;
  /** When the mail's link stops working; it is not sent after that. */
  expiresAt: Date;
}

/** Mail that is not sent within three days is stale (a notification, a digest). */
export const DEFAULT_MAIL_TTL_MS = 3 * 86_400_000;

/**
 * Everything that sends mail goes through here: it renders (text + HTML), queues in the outbox
 * and returns, so the caller's request never waits on SMTP. Links are built on `PUBLIC_URL`,
 * never on a request's Host header (which an attacker could set to steal a reset token).
 */
export class Mailer {
  readonly outbox: MailOutbox;
  private baseUrl: string | null;
  private readonly undeliverableListeners: ((u: Undeliverable) => Promise<void>)[] = [];

  constructor(
    private readonly transport: MailTransport,
    cipher: FieldCipher,
    opts: { log: Logger; publicUrl: string | undefined },
  ) {
    this.baseUrl = opts.publicUrl?.replace(/\/+$/, '') ?? null;
    this.outbox = new MailOutbox(transport, cipher, {
      log: opts.log,
      onUndeliverable: async (u) => {
        for (const listener of this.undeliverableListeners) await listener(u);
      },
    });
  }

  get delivery(): MailDelivery {
    return this.transport.delivery;
  }

  /** Without PUBLIC_URL, links point at the address the server listens on (local runs, tests). */
  useListeningUrl(url: string): void {
    this.baseUrl ??= url.replace(/\/+$/, '');
  }

  /** An absolute link to a page of the web app. */
  link(path: string, params: Record<string, string> = {}): string {
    const query = new URLSearchParams(params).toString();
    return `${this.baseUrl ?? ''}${path}${query ? `?${query}` : ''}`;
  }

  /** A permanent failure (5xx) marks the address; the accounts module listens. */
  onUndeliverable(listener: (u: Undeliverable) => Promise<void>): void {
    this.undeliverableListeners.push(listener);
  }

  /** Refuses an action that only works by mail (sign-up, reset) when mail is off. */
  assertAvailable(): void {
    if (this.transport.delivery === 'off') {
      throw new AppError('mail_unavailable', 'e-mail is off on this platform (SMTP_URL is not set)');
    }
  }

  async send(requests: readonly MailRequest[]): Promise<void> {
    if (this.transport.delivery === 'off' || requests.length === 0) return;
    await this.outbox.enqueue(
      requests.map((r) => {
        const rendered = renderMail(r.lang, r.content);
        return {
          to: r.to,
          userId: r.userId,
          template: r.template,
          expiresAt: r.expiresAt,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          headers: {
            'X-SHSW-Template': r.template,
            'Content-Language': r.lang,
            // Account mail must never be answered by an autoresponder loop.
            'Auto-Submitted': 'auto-generated',
            ...(r.content.unsubscribe ? { 'List-Unsubscribe': `<${r.content.unsubscribe.url}>` } : {}),
          },
        };
      }),
    );
  }

  health(): 'up' | 'down' | 'log' | 'off' {
    if (this.transport.delivery !== 'smtp') return this.transport.delivery;
    return this.outbox.lastFailure ? 'down' : 'up';
  }

  stop(): void {
    this.outbox.stop();
  }
}

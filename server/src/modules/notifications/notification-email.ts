import { emailNotificationTypes, emailOnByDefault, type Locale, type NotificationPreferences } from '@shsw/shared';
import { DEFAULT_MAIL_TTL_MS, type Mailer, type MailRequest } from '../../platform/mail/index.js';
import type { NotificationDoc } from './notification.model.js';
import { isMailable, notificationMail } from './notification-mails.js';
import type { UnsubscribeTokens } from './unsubscribe-tokens.js';

/** Who a mail alert reaches: the verified, deliverable address (null when there is none) and the language. */
export interface MailContact {
  address: string | null;
  lang: Locale;
  name: string;
}

/** The e-mail switches with the defaults filled in: every e-mailable type has a value. */
export function effectiveEmail(
  stored: NotificationPreferences['email'],
): NonNullable<NotificationPreferences['email']> {
  return Object.fromEntries(emailNotificationTypes.map((t) => [t, stored?.[t] ?? emailOnByDefault[t] === true]));
}

/**
 * The e-mail channel of notifications: on top of in-app (a type turned off in the app is not
 * mailed either), per type, only to a verified address, each mail with its type's unsubscribe link.
 */
export class NotificationEmail {
  constructor(
    private readonly mailer: Mailer,
    readonly unsubscribe: UnsubscribeTokens,
  ) {}

  get enabled(): boolean {
    return this.mailer.delivery !== 'off';
  }

  /** Mails for the stored notifications whose people want this type by mail. */
  compose(
    docs: readonly NotificationDoc[],
    recipient: (userId: string) => { prefs: NotificationPreferences; contact: MailContact | null },
  ): MailRequest[] {
    const mails: MailRequest[] = [];
    const expiresAt = new Date(Date.now() + DEFAULT_MAIL_TTL_MS);
    for (const doc of docs) {
      if (!isMailable(doc.type, doc.data)) continue;
      const userId = String(doc.userId);
      const { prefs, contact } = recipient(userId);
      if (!contact?.address || !effectiveEmail(prefs.email)[doc.type]) continue;
      mails.push({
        to: contact.address,
        userId,
        template: `notification:${doc.type}`,
        lang: contact.lang,
        content: notificationMail(doc.type, doc.data, {
          lang: contact.lang,
          name: contact.name,
          link: this.mailer.link(doc.link ?? '/notifications'),
          unsubscribeUrl: this.mailer.link('/unsubscribe', { token: this.unsubscribe.issue(userId, doc.type) }),
        }),
        expiresAt,
      });
    }
    return mails;
  }

  send(mails: readonly MailRequest[]): Promise<void> {
    return this.mailer.send(mails);
  }
}

import { type EmailStatus, type Locale, maskEmail } from '@shsw/shared';
import type { Request } from 'express';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { AppError, conflict, unauthenticated } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { Mailer, Undeliverable } from '../../platform/mail/index.js';
import { recordAudit } from '../audit/index.js';
import { addressOf, languageOf } from './account-address.js';
import { accountMails } from './account-mails.js';
import { consumeToken, findToken, issueToken, openTokens, revokeTokens } from './account-tokens.js';
import type { AuthService } from './auth.service.js';
import { mayMail } from './mail-throttle.js';
import { User, type UserDoc } from './user.model.js';

/**
 * The account's address: its state, verification, changes (confirmed by a link to the new
 * address before anything switches) and the undeliverable mark. A mobile login gets an address
 * the same way, through a change: it becomes its verified contact (recovery) address.
 */
export class EmailAddressService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly mailer: Mailer,
    private readonly auth: AuthService,
  ) {}

  private async user(userId: string): Promise<UserDoc> {
    const user = await User.findById(userId).lean<UserDoc>();
    if (!user) throw unauthenticated();
    return user;
  }

  async status(userId: string): Promise<EmailStatus> {
    const user = await this.user(userId);
    const [pending] = await openTokens(userId, 'change_email');
    return {
      address: addressOf(user),
      isLogin: user.loginKind === 'email',
      verified: Boolean(user.emailVerifiedAt),
      undeliverable: user.emailUndeliverable?.at
        ? { at: user.emailUndeliverable.at.toISOString(), reason: user.emailUndeliverable.reason ?? '' }
        : null,
      pendingAddress: pending?.email ?? null,
      delivery: this.mailer.delivery,
    };
  }

  /** Mails a new verification link; asking again also clears an undeliverable mark (the person fixed it). */
  async resendVerification(userId: string): Promise<void> {
    this.mailer.assertAvailable();
    const user = await this.user(userId);
    const address = addressOf(user);
    if (!address) throw conflict('this account has no e-mail address yet; add one first');
    if (user.emailVerifiedAt && !user.emailUndeliverable) throw conflict('this address is already verified');
    if (user.emailUndeliverable) {
      await User.updateOne({ _id: user._id }, { $set: { emailUndeliverable: null } });
      this.events.emit('user.email_changed', { userId });
    }
    if (!(await mayMail(address))) return;
    await revokeTokens(userId, 'verify_email');
    const { token, expiresAt } = await issueToken('verify_email', { userId, email: address });
    const lang = languageOf(user);
    await this.mailer.send([
      {
        to: address,
        userId,
        template: 'verify_email',
        lang,
        content: accountMails[lang].verify_email({
          name: user.displayName,
          link: this.mailer.link('/verify-email', { token }),
        }),
        expiresAt,
      },
    ]);
  }

  async verify(token: string): Promise<{ address: string }> {
    const doc = await findToken('verify_email', token);
    const user = doc?.userId ? await User.findById(doc.userId).lean<UserDoc>() : null;
    // A link to an address the account no longer has proves nothing about the current one.
    if (!doc || !user || addressOf(user) !== doc.email || !(await consumeToken(doc))) {
      throw new AppError('link_invalid', 'this verification link is unknown, used or expired');
    }
    await User.updateOne({ _id: user._id }, { $set: { emailVerifiedAt: new Date(), emailUndeliverable: null } });
    this.events.emit('user.email_changed', { userId: String(user._id) });
    return { address: maskEmail(doc.email) };
  }

  /**
   * Asks to change the address (or add one to a mobile login). Needs the current password: the
   * address is the way back into the account. The answer is the same whether or not the new
   * address is taken; its owner is told by mail.
   */
  async requestChange(req: Request, viewer: Viewer, email: string, currentPassword: string): Promise<void> {
    this.mailer.assertAvailable();
    // Under the same throttle as sign-in: guessing the password here is no easier than there.
    const user = await this.auth.confirmPassword(req, viewer.userId, currentPassword);
    if (addressOf(user) === email && user.emailVerifiedAt) return;
    // The pending change is stored now, whoever holds the address (the person sees it waiting
    // either way); which mail goes out is decided after the answer.
    const userId = String(user._id);
    await revokeTokens(userId, 'change_email');
    const link = await issueToken('change_email', { userId, email });
    this.events.later('address-change mail', () => this.mailChange(user, email, link));
  }

  private async mailChange(user: UserDoc, email: string, link: { token: string; expiresAt: Date }): Promise<void> {
    if (!(await mayMail(email))) return;
    const userId = String(user._id);
    const holder = await User.findOne({ login: email }, { _id: 1, language: 1 }).lean<UserDoc>();
    if (holder && String(holder._id) !== userId) {
      const lang = languageOf(holder);
      await this.mailer.send([
        {
          to: email,
          userId: String(holder._id),
          template: 'email_change_taken',
          lang,
          content: accountMails[lang].email_change_taken({ signInLink: this.mailer.link('/sign-in') }),
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      ]);
      return;
    }
    const lang = languageOf(user);
    await this.mailer.send([
      {
        to: email,
        userId,
        template: 'email_change_confirm',
        lang,
        content: accountMails[lang].email_change_confirm({
          name: user.displayName,
          link: this.mailer.link('/confirm-email-change', { token: link.token }),
        }),
        expiresAt: link.expiresAt,
      },
    ]);
  }

  /** Follows a change link: the new address replaces the old one (for an e-mail login, as the login too). */
  async confirmChange(token: string, ip: string | null): Promise<{ address: string }> {
    const doc = await findToken('change_email', token);
    const user = doc?.userId ? await User.findById(doc.userId).lean<UserDoc>() : null;
    if (!doc || !user || user.status !== 'active') {
      throw new AppError('link_invalid', 'this confirmation link is unknown, used or expired');
    }
    const previous = addressOf(user);
    const change =
      user.loginKind === 'email'
        ? { login: doc.email, emailVerifiedAt: new Date(), emailUndeliverable: null }
        : { contactEmail: doc.email, emailVerifiedAt: new Date(), emailUndeliverable: null };
    try {
      await User.updateOne({ _id: user._id }, { $set: change });
    } catch (err) {
      if (isDuplicateKey(err)) throw new AppError('already_exists', 'this address belongs to another account now');
      throw err;
    }
    await consumeToken(doc);
    const userId = String(user._id);
    await revokeTokens(userId, 'change_email');
    await revokeTokens(userId, 'verify_email');
    this.events.emit('user.email_changed', { userId });
    await recordAudit({
      action: 'email_changed',
      actor: null,
      target: { type: 'user', id: userId },
      ip,
      details: { loginChanged: user.loginKind === 'email' },
    });
    if (previous && previous !== doc.email) {
      const lang = languageOf(user);
      await this.mailer.send([
        {
          to: previous,
          userId,
          template: 'email_changed_notice',
          lang,
          content: accountMails[lang].email_changed_notice({
            name: user.displayName,
            newAddress: maskEmail(doc.email),
            resetLink: this.mailer.link('/forgot-password'),
          }),
          expiresAt: new Date(Date.now() + 3 * 86_400_000),
        },
      ]);
    }
    return { address: maskEmail(doc.email) };
  }

  /** Mail to the account's current address failed for good: mark it, so the person sees it and fixes it. */
  async markUndeliverable(u: Undeliverable): Promise<void> {
    if (!u.userId) return;
    const user = await User.findById(u.userId).lean<UserDoc>();
    if (!user || addressOf(user) !== u.to) return;
    await User.updateOne({ _id: user._id }, { $set: { emailUndeliverable: { at: new Date(), reason: u.reason } } });
    this.events.emit('user.email_changed', { userId: u.userId });
  }

  /** A hard bounce the provider reported: every account whose address it is gets the mark. */
  async markBounced(address: string, reason: string): Promise<number> {
    const holders = [
      ...(await User.find({ login: address }, { _id: 1 }).lean<{ _id: unknown }[]>()),
      ...(await User.find({ contactEmail: address }, { _id: 1 }).lean<{ _id: unknown }[]>()),
    ];
    for (const h of holders) await this.markUndeliverable({ userId: String(h._id), to: address, reason });
    return holders.length;
  }

  async setLanguage(userId: string, language: Locale): Promise<Locale> {
    await User.updateOne({ _id: userId }, { $set: { language } });
    this.events.emit('user.email_changed', { userId });
    return language;
  }
}

import { type Locale, loginIdSchema } from '@shsw/shared';
import type { Request, Response } from 'express';
import { AppError } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { Mailer } from '../../platform/mail/index.js';
import { recordAudit } from '../audit/index.js';
import { addressOf, languageOf } from './account-address.js';
import { accountMails } from './account-mails.js';
import { consumeToken, findToken, issueToken, revokeTokens } from './account-tokens.js';
import { subjectOf } from './auth.service.js';
import { mayMail } from './mail-throttle.js';
import { clearThrottleFor } from './password-checks.js';
import { hashPassword } from './password-hashing.js';
import { assertStrongPassword } from './password-policy.js';
import { endAllSessions, startSession } from './sessions.service.js';
import { User, type UserDoc } from './user.model.js';

/**
 * "Forgot password": the request always answers the same; the lookup and the mail happen after
 * the answer. The link (30 minutes, single use, stored hashed) sets a new password, ends every
 * session and signs this browser in afresh.
 */
export class RecoveryService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly mailer: Mailer,
  ) {}

  request(login: string, language: Locale): void {
    this.mailer.assertAvailable();
    this.events.later('password-reset mail', () => this.mailOutcome(login, language));
  }

  private async mailOutcome(input: string, language: Locale): Promise<void> {
    const parsed = loginIdSchema.safeParse(input);
    if (!parsed.success) return;
    const login = parsed.data;
    const user = await User.findOne({ login }).lean<UserDoc>();
    if (!user) {
      // Only an e-mail can be told; an unknown mobile number has nowhere to write to.
      if (!login.includes('@') || !(await mayMail(login))) return;
      await this.mailer.send([
        {
          to: login,
          userId: null,
          template: 'password_reset_unknown',
          lang: language,
          content: accountMails[language].password_reset_unknown({ signUpLink: this.mailer.link('/sign-up') }),
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      ]);
      return;
    }
    // A mobile login is reached through its contact address, which is only ever stored confirmed.
    const address = addressOf(user);
    if (user.status !== 'active' || !address || !(await mayMail(address))) return;
    await revokeTokens(String(user._id), 'reset_password'); // the newest link is the only one that works
    const { token, expiresAt } = await issueToken('reset_password', { userId: String(user._id), email: address });
    const lang = languageOf(user);
    await this.mailer.send([
      {
        to: address,
        userId: String(user._id),
        template: 'password_reset',
        lang,
        content: accountMails[lang].password_reset({
          name: user.displayName,
          link: this.mailer.link('/reset-password', { token }),
        }),
        expiresAt,
      },
    ]);
  }

  async reset(
    req: Request,
    res: Response,
    token: string,
    newPassword: string,
  ): Promise<{ user: UserDoc; viewer: Viewer }> {
    const doc = await findToken('reset_password', token);
    const user = doc?.userId ? await User.findById(doc.userId).lean<UserDoc>() : null;
    if (!doc || !user || user.status !== 'active') {
      throw new AppError('link_invalid', 'this reset link is unknown, used or expired');
    }
    // Checked before the link is used up, so a refused password leaves the link working.
    assertStrongPassword(newPassword, 'body.newPassword', [user.login, user.displayName]);
    if (!(await consumeToken(doc))) throw new AppError('link_invalid', 'this reset link has just been used');
    const userId = String(user._id);
    const provedAddress = doc.email === addressOf(user);
    await User.updateOne(
      { _id: user._id },
      {
        $set: {
          passwordHash: await hashPassword(newPassword),
          passwordChangedAt: new Date(),
          // Following the link proved the address.
          ...(provedAddress && !user.emailVerifiedAt ? { emailVerifiedAt: new Date() } : {}),
        },
      },
    );
    await revokeTokens(userId, 'reset_password');
    await endAllSessions(userId);
    this.events.emit('user.sessions_revoked', { userId, reason: 'password_changed' });
    if (provedAddress && !user.emailVerifiedAt) this.events.emit('user.email_changed', { userId });
    // A reset proves the owner: failures someone else caused on this account must not keep them out.
    await clearThrottleFor(userId);
    await recordAudit({ action: 'password_reset', actor: null, target: { type: 'user', id: userId }, ip: req.ip });
    const viewer = await startSession(req, res, subjectOf(user));
    const fresh = (await User.findById(user._id).lean<UserDoc>()) ?? user;
    return { user: fresh, viewer };
  }
}

import { type Locale, PRIVACY_NOTICE_VERSION, type Role } from '@shsw/shared';
import type { Request, Response } from 'express';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { Mailer } from '../../platform/mail/index.js';
import { languageOf } from './account-address.js';
import { accountMails } from './account-mails.js';
import { consumeToken, findToken, issueToken } from './account-tokens.js';
import { subjectOf } from './auth.service.js';
import { mayMail } from './mail-throttle.js';
import { hashPassword } from './password-hashing.js';
import { assertStrongPassword } from './password-policy.js';
import { startSession } from './sessions.service.js';
import { User, type UserDoc } from './user.model.js';

export interface SignUpRequest {
  /** A normalised e-mail address. */
  login: string;
  password: string;
  displayName: string;
  role: Extract<Role, 'worker' | 'org'>;
  privacyNoticeVersion: string;
  language: Locale;
  /** An organisation's invitation code, already checked by the caller. */
  inviteCode: string | null;
}

/** What the link restores: the account as asked for, kept hashed until the link is followed. */
interface PendingAccount {
  passwordHash: string;
  displayName: string;
  role: Extract<Role, 'worker' | 'org'>;
  privacyNoticeVersion: string;
  language: Locale;
  inviteCode: string | null;
}

/**
 * Sign-up by mailed link. The request validates and answers "check your mailbox" the same way
 * whatever the address's state; whether the address already has an account is looked up only
 * after the answer has gone, and decides which mail goes out: a link that creates the account,
 * or a note to the address's owner. The caller learns nothing; the address's owner learns all.
 */
export class SignUpService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly mailer: Mailer,
  ) {}

  async request(input: SignUpRequest): Promise<void> {
    this.mailer.assertAvailable();
    assertStrongPassword(input.password, 'body.password', [input.login, input.displayName]);
    if (input.privacyNoticeVersion !== PRIVACY_NOTICE_VERSION) {
      throw new AppError('validation_failed', 'the privacy notice has changed; read the current one', {
        issues: [
          { path: 'body.privacyNoticeVersion', code: 'outdated', message: `current is ${PRIVACY_NOTICE_VERSION}` },
        ],
      });
    }
    // Hashed now, in the request, for every sign-up alike: the answer takes as long either way.
    const pending: PendingAccount = {
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName,
      role: input.role,
      privacyNoticeVersion: input.privacyNoticeVersion,
      language: input.language,
      inviteCode: input.inviteCode,
    };
    this.events.later('sign-up mail', () => this.mailOutcome(input.login, pending));
  }

  private async mailOutcome(login: string, pending: PendingAccount): Promise<void> {
    if (!(await mayMail(login))) return;
    const existing = await User.findOne({ login }, { _id: 1, language: 1, loginKind: 1, login: 1 }).lean<UserDoc>();
    if (existing) {
      const lang = languageOf(existing);
      await this.mailer.send([
        {
          to: login,
          userId: String(existing._id),
          template: 'sign_up_existing',
          lang,
          content: accountMails[lang].sign_up_existing({
            signInLink: this.mailer.link('/sign-in'),
            resetLink: this.mailer.link('/forgot-password'),
          }),
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      ]);
      return;
    }
    const { token, expiresAt } = await issueToken('sign_up', {
      userId: null,
      email: login,
      data: { ...pending },
    });
    await this.mailer.send([
      {
        to: login,
        userId: null,
        template: 'sign_up_confirm',
        lang: pending.language,
        content: accountMails[pending.language].sign_up_confirm({
          name: pending.displayName,
          link: this.mailer.link('/sign-up/confirm', { token }),
        }),
        expiresAt,
      },
    ]);
  }

  /** The pending account behind a sign-up link, or null when the link is unknown, used or expired. */
  async pending(token: string): Promise<{ inviteCode: string | null } | null> {
    const doc = await findToken('sign_up', token);
    if (!doc?.data) return null;
    return { inviteCode: (doc.data as unknown as PendingAccount).inviteCode ?? null };
  }

  /**
   * Follows a sign-up link: creates the account with its address verified (following the link
   * proved it) and signs in. `membership` is the organisation an invitation joins, if any.
   */
  async confirm(
    req: Request,
    res: Response,
    token: string,
    membership: { orgId: string; orgRole: 'recruiter' } | null,
  ): Promise<{ user: UserDoc; viewer: Viewer }> {
    const doc = await findToken('sign_up', token);
    if (!doc?.data || !(await consumeToken(doc))) {
      throw new AppError('link_invalid', 'this sign-up link is unknown, used or expired');
    }
    const pending = doc.data as unknown as PendingAccount;
    const now = new Date();
    let user: UserDoc;
    try {
      const created = await User.create({
        login: doc.email,
        loginKind: 'email',
        passwordHash: pending.passwordHash,
        displayName: pending.displayName,
        role: pending.role,
        orgId: membership?.orgId ?? null,
        orgRole: membership?.orgRole ?? null,
        emailVerifiedAt: now,
        language: pending.language,
        consents: [{ kind: 'privacy_notice', noticeVersion: pending.privacyNoticeVersion, grantedAt: now }],
      });
      user = created.toObject() as UserDoc;
    } catch (err) {
      // Two links for one address, both followed: only the address's owner can see this answer.
      if (isDuplicateKey(err)) throw new AppError('already_exists', 'this address already has an account; sign in');
      throw err;
    }
    const viewer = await startSession(req, res, subjectOf(user));
    this.events.emit('user.signed_up', { userId: String(user._id), role: user.role });
    return { user, viewer };
  }
}

import crypto from 'node:crypto';
import { apiRoutes } from '@shsw/shared';
import { AppError } from '../../platform/errors/app-error.js';
import { type ApiRouter, signedIn } from '../../platform/http/api-router.js';
import { recordAudit } from '../audit/index.js';
import { presentSessionUser } from './accounts.presenter.js';
import type { InviteRedemption } from './auth.router.js';
import type { AuthService } from './auth.service.js';
import type { CsrfGuard } from './csrf.js';
import type { EmailAddressService } from './email-address.service.js';
import type { RecoveryService } from './recovery.service.js';
import { clearSessionCookie } from './sessions.service.js';
import type { SignUpService } from './sign-up.service.js';
import { User } from './user.model.js';

const mailSent = { status: 'mail_sent' as const };

/** The routes behind mailed links, and the account's own address and language. */
export function registerAccountRoutes(
  router: ApiRouter,
  deps: {
    auth: AuthService;
    signUp: SignUpService;
    recovery: RecoveryService;
    emailAddress: EmailAddressService;
    invites: InviteRedemption;
    csrf: CsrfGuard;
    /** MAIL_WEBHOOK_SECRET: the bounce webhook answers 404 without it. */
    mailWebhookSecret: string | undefined;
  },
): void {
  const r = apiRoutes.account;
  router
    .route(r.confirmSignUp, async ({ body }, { req, res }) => {
      const pending = await deps.signUp.pending(body.token);
      if (!pending) throw new AppError('link_invalid', 'this sign-up link is unknown, used or expired');
      const invite = pending.inviteCode ? await deps.invites.findRedeemable(pending.inviteCode) : null;
      if (pending.inviteCode && !invite) throw new AppError('not_found', 'this invitation has expired or was used');
      const membership = invite ? { orgId: String(invite.orgId), orgRole: 'recruiter' as const } : null;
      const { user, viewer } = await deps.signUp.confirm(req, res, body.token, membership);
      if (invite) {
        // Redeem after creating the account; if someone else redeemed it first, undo the account.
        if (!(await deps.invites.markAccepted(String(invite._id), String(user._id)))) {
          await User.deleteOne({ _id: user._id });
          await deps.auth.signOut(viewer);
          clearSessionCookie(req, res);
          throw new AppError('not_found', 'this invitation code is not valid or has expired');
        }
        await recordAudit({
          action: 'invite_accepted',
          actor: viewer,
          target: { type: 'organisation', id: String(invite.orgId) },
          ip: req.ip,
        });
      }
      return { user: presentSessionUser(user), csrfToken: deps.csrf.issue(req, res, viewer) };
    })
    .route(r.requestPasswordReset, ({ body }) => {
      deps.recovery.request(body.login, body.language ?? 'zh-CN');
      return mailSent;
    })
    .route(r.resetPassword, async ({ body }, { req, res }) => {
      const { user, viewer } = await deps.recovery.reset(req, res, body.token, body.newPassword);
      return { user: presentSessionUser(user), csrfToken: deps.csrf.issue(req, res, viewer) };
    })
    .route(r.emailStatus, (_input, ctx) => deps.emailAddress.status(signedIn(ctx).userId))
    .route(r.resendVerification, async (_input, ctx) => {
      await deps.emailAddress.resendVerification(signedIn(ctx).userId);
      return mailSent;
    })
    .route(r.verifyEmail, ({ body }) => deps.emailAddress.verify(body.token))
    .route(r.changeEmail, async ({ body }, ctx) => {
      await deps.emailAddress.requestChange(ctx.req, signedIn(ctx), body.email, body.currentPassword);
      return mailSent;
    })
    .route(r.confirmEmailChange, ({ body }, { req }) => deps.emailAddress.confirmChange(body.token, req.ip ?? null))
    .route(r.reportBounce, async ({ body }, { req }) => {
      const secret = deps.mailWebhookSecret;
      if (!secret) throw new AppError('not_found', 'the bounce webhook is off (MAIL_WEBHOOK_SECRET unset)');
      const given = Buffer.from(req.get('authorization') ?? '');
      const expected = Buffer.from(`Bearer ${secret}`);
      if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
        throw new AppError('unauthenticated', 'a valid Authorization: Bearer <MAIL_WEBHOOK_SECRET> is required');
      }
      return { marked: body.permanent ? await deps.emailAddress.markBounced(body.recipient, body.reason) : 0 };
    })
    .route(r.setLanguage, async ({ body }, ctx) => ({
      language: await deps.emailAddress.setLanguage(signedIn(ctx).userId, body.language),
    }));
}

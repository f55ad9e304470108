import { apiRoutes } from '@shsw/shared';
import { AppError } from '../../platform/errors/app-error.js';
import type { ApiRouter } from '../../platform/http/api-router.js';
import { presentSessionUser } from './accounts.presenter.js';
import type { AuthService } from './auth.service.js';
import type { CsrfGuard } from './csrf.js';
import { clearSessionCookie } from './sessions.service.js';
import type { SignUpService } from './sign-up.service.js';

/**
 * What sign-up needs from invitations. The organisations module provides it (its InvitesService)
 * through the composition root: accounts never imports organisations, which imports accounts.
 */
export interface InviteRedemption {
  /** An unused, unexpired invitation for this code; throws not_found otherwise. */
  findRedeemable(code: string): Promise<{ _id: unknown; orgId: unknown }>;
  /** Marks it used, once: false when someone else redeemed it first. */
  markAccepted(inviteId: string, userId: string): Promise<boolean>;
}

export function registerAuthRoutes(
  router: ApiRouter,
  deps: { auth: AuthService; signUp: SignUpService; invites: InviteRedemption; csrf: CsrfGuard },
): void {
  const r = apiRoutes.auth;
  router
    .route(r.csrf, (_input, { req, res, viewer }) => ({ csrfToken: deps.csrf.issue(req, res, viewer) }))
    .route(r.signUp, async ({ body }) => {
      // An invitation is checked now (its validity says nothing about any account).
      const invite = body.inviteCode ? await deps.invites.findRedeemable(body.inviteCode) : null;
      if (body.inviteCode && !invite)
        throw new AppError('not_found', 'this invitation code is not valid or has expired');
      if (invite && body.role !== 'org') {
        throw new AppError('validation_failed', 'an invitation makes an organisation account', {
          issues: [
            { path: 'body.role', code: 'invite_role', message: 'choose the organisation role to accept an invitation' },
          ],
        });
      }
      await deps.signUp.request({
        login: body.login,
        password: body.password,
        displayName: body.displayName,
        role: body.role,
        privacyNoticeVersion: body.privacyNoticeVersion,
        language: body.language ?? 'zh-CN',
        inviteCode: invite ? (body.inviteCode ?? null) : null,
      });
      return { status: 'mail_sent' as const };
    })
    .route(r.signIn, async ({ body }, { req, res }) => {
      const { user, viewer } = await deps.auth.signIn(req, res, body.login, body.password);
      return { user: presentSessionUser(user), csrfToken: deps.csrf.issue(req, res, viewer) };
    })
    .route(r.signOut, async (_input, { req, res, viewer }) => {
      if (viewer) await deps.auth.signOut(viewer);
      clearSessionCookie(req, res);
      return { ok: true as const };
    })
    .route(r.me, async (_input, { viewer }) => {
      const user = await deps.auth.currentUser(viewer);
      return { user: user ? presentSessionUser(user) : null };
    })
    .route(r.changePassword, async ({ body }, { req, res, viewer }) => {
      if (!viewer) throw new AppError('unauthenticated', 'sign in first');
      const result = await deps.auth.changePassword(req, res, viewer, body.currentPassword, body.newPassword);
      return { user: presentSessionUser(result.user), csrfToken: deps.csrf.issue(req, res, result.viewer) };
    });
}

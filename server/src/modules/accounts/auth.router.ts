import { apiRoutes } from '@shsw/shared';
import { AppError } from '../../platform/errors/app-error.js';
import type { ApiRouter } from '../../platform/http/api-router.js';
import { recordAudit } from '../audit/index.js';
import { presentSessionUser } from './accounts.presenter.js';
import type { AuthService } from './auth.service.js';
import type { CsrfGuard } from './csrf.js';
import { clearSessionCookie } from './sessions.service.js';
import { User } from './user.model.js';

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
  deps: { auth: AuthService; invites: InviteRedemption; csrf: CsrfGuard },
): void {
  const r = apiRoutes.auth;
  router
    .route(r.csrf, (_input, { req, res, viewer }) => ({ csrfToken: deps.csrf.issue(req, res, viewer) }))
    .route(r.signUp, async ({ body }, { req, res }) => {
      const invite = body.inviteCode ? await deps.invites.findRedeemable(body.inviteCode) : null;
      if (invite && body.role !== 'org') {
        throw new AppError('validation_failed', 'an invitation makes an organisation account', {
          issues: [
            { path: 'body.role', code: 'invite_role', message: 'choose the organisation role to accept an invitation' },
          ],
        });
      }
      const { user, viewer } = await deps.auth.signUp(req, res, {
        login: body.login,
        password: body.password,
        displayName: body.displayName,
        role: body.role,
        privacyNoticeVersion: body.privacyNoticeVersion,
        ...(invite ? { membership: { orgId: String(invite.orgId), orgRole: 'recruiter' as const } } : {}),
      });
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

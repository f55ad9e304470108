export { ACCOUNT_ERASURE_ORDER, accountsPersonalData } from './accounts.personal-data.js';
export { maskLogin, presentSessionUser } from './accounts.presenter.js';
export { type InviteRedemption, registerAuthRoutes } from './auth.router.js';
export { AuthService } from './auth.service.js';
export { CSRF_COOKIE, CsrfGuard } from './csrf.js';
export { hashPassword } from './password-hashing.js';
export { loadViewer } from './session.middleware.js';
export {
  clearSessionCookie,
  endAllSessions,
  purgeExpiredSessions,
  resolveSession,
  SESSION_COOKIE,
  updateSessionsOf,
} from './sessions.service.js';
export { User, type UserDoc } from './user.model.js';

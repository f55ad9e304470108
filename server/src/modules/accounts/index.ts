export { addressOf, alertAddressOf, emailStateOf, languageOf } from './account-address.js';
export { deleteTokensOf, purgeExpiredTokens } from './account-tokens.js';
export { ACCOUNT_ERASURE_ORDER, accountsPersonalData } from './accounts.personal-data.js';
export { maskLogin, presentSessionUser } from './accounts.presenter.js';
export { type InviteRedemption, registerAuthRoutes } from './auth.router.js';
export { type AuthOptions, AuthService, normaliseLogin } from './auth.service.js';
export { CSRF_COOKIE, CsrfGuard } from './csrf.js';
export { EmailAddressService } from './email-address.service.js';
export { DEVICE_COOKIE } from './known-devices.js';
export { purgeExpiredThrottle } from './login-throttle.js';
export { clearThrottleFor, subscribeSignInAlerts } from './password-checks.js';
export { argon2Hasher, hashPassword, type PasswordHasher } from './password-hashing.js';
export { assertStrongPassword } from './password-policy.js';
export { registerAccountRoutes } from './recovery.router.js';
export { RecoveryService } from './recovery.service.js';
export { loadViewer } from './session.middleware.js';
export {
  clearSessionCookie,
  endAllSessions,
  purgeExpiredSessions,
  resolveSession,
  SESSION_COOKIE,
  updateSessionsOf,
} from './sessions.service.js';
export { SignUpService } from './sign-up.service.js';
export { User, type UserDoc } from './user.model.js';

import { maskEmail, maskPhone, type SessionUser } from '@shsw/shared';
import { emailStateOf, languageOf } from './account-address.js';
import type { UserDoc } from './user.model.js';

export function maskLogin(user: Pick<UserDoc, 'login' | 'loginKind'>): string {
  return user.loginKind === 'email' ? maskEmail(user.login) : maskPhone(user.login);
}

export function presentSessionUser(user: UserDoc): SessionUser {
  return {
    id: String(user._id),
    role: user.role as SessionUser['role'],
    displayName: user.displayName,
    login: maskLogin(user),
    orgId: user.orgId ? String(user.orgId) : null,
    orgRole: (user.orgRole as SessionUser['orgRole']) ?? null,
    email: emailStateOf(user),
    language: languageOf(user),
  };
}

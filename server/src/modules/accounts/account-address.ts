import type { Locale, SessionUser } from '@shsw/shared';
import type { UserDoc } from './user.model.js';

type AddressFields = Pick<UserDoc, 'login' | 'loginKind'> & {
  contactEmail?: string | null;
  emailVerifiedAt?: Date | null;
  emailUndeliverable?: { at?: Date | null; reason?: string | null } | null;
  language?: string | null;
};

/** Where mail to this person goes: the login when it is an e-mail, else the confirmed contact address. */
export function addressOf(user: AddressFields): string | null {
  return user.loginKind === 'email' ? user.login : (user.contactEmail ?? null);
}

export function emailStateOf(user: AddressFields): SessionUser['email'] {
  if (!addressOf(user)) return 'none';
  if (user.emailUndeliverable) return 'undeliverable';
  return user.emailVerifiedAt ? 'verified' : 'unverified';
}

export function languageOf(user: AddressFields): Locale {
  return user.language === 'en' ? 'en' : 'zh-CN';
}

/** The address mail alerts may go to: verified and not marked undeliverable. */
export function alertAddressOf(user: AddressFields): string | null {
  return emailStateOf(user) === 'verified' ? addressOf(user) : null;
}

/**
 * Password policy after NIST SP 800-63B §5.1.1.2: length is what matters (8–128 characters),
 * no composition rules, and no password from a list of commonly used or breached ones.
 * Works unchanged in the browser (sign-up form) and on the server.
 */
import commonPasswordData from './common-passwords.json' with { type: 'json' };
import { parseMainlandMobile } from './phone.js';

export const passwordPolicy = { minLength: 8, maxLength: 128 } as const;

export type PasswordIssue = 'too_short' | 'too_long' | 'common' | 'personal_info';

export type PasswordCheck = { ok: true } | { ok: false; issues: PasswordIssue[] };

/** Where the common-password list comes from (see common-passwords.README.md). */
export const commonPasswordSource = commonPasswordData.source;

/** NFKC folds full-width letters and digits typed with a Chinese IME ('１２３４５６' → '123456'). */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

const commonPasswords: ReadonlySet<string> = new Set(commonPasswordData.passwords.map(fold));

/** Length in Unicode code points, as NIST counts it: '密码' is two characters, an emoji one. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** True when the password, ignoring case and full-width forms, is on the common-password list. */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(fold(password));
}

/**
 * Checks a new password against the policy and reports every issue. `userInputs` are the
 * account's own facts (mobile number, e-mail, name); a password equal to one of them, to an
 * e-mail's local part or to the bare mobile number is refused as `personal_info` — the first
 * thing an attacker tries.
 */
export function checkPassword(password: string, options: { userInputs?: readonly string[] } = {}): PasswordCheck {
  const issues: PasswordIssue[] = [];
  const length = passwordLength(password);
  if (length < passwordPolicy.minLength) issues.push('too_short');
  if (length > passwordPolicy.maxLength) issues.push('too_long');
  if (isCommonPassword(password)) issues.push('common');
  if (matchesUserInput(password, options.userInputs ?? [])) issues.push('personal_info');
  return issues.length > 0 ? { ok: false, issues } : { ok: true };
}

function matchesUserInput(password: string, userInputs: readonly string[]): boolean {
  const candidate = fold(password);
  return userInputs.some((input) => {
    const value = fold(input.trim());
    if (value === '') return false;
    const at = value.lastIndexOf('@');
    return (
      candidate === value || (at > 0 && candidate === value.slice(0, at)) || candidate === parseMainlandMobile(input)
    );
  });
}

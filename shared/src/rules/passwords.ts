/**
 * Password policy after NIST SP 800-63B §5.1.1.2: 8–128 characters, no composition rules, and
 * hard to guess — the strength estimator (`@shsw/shared/password-strength`, loaded separately
 * because of its dictionaries) must rate it at least `minScore` of 4, and it must not contain the
 * account's own login or name. This part is light and shared by every form.
 */
export const passwordPolicy = { minLength: 8, maxLength: 128, minScore: 3 } as const;

/**
 * Why a password is refused, each naming what to change: too short or long; contains the
 * login or name; on a list of common passwords; and, when the estimate is below the minimum,
 * what makes it guessable — a dictionary word or name (Chinese, pinyin or English), a repeat,
 * a sequence, a keyboard pattern, a date or year, or simply too little of anything.
 */
export const passwordIssues = [
  'too_short',
  'too_long',
  'personal_info',
  'common',
  'weak',
  'word',
  'repeated',
  'sequence',
  'keyboard',
  'date',
] as const;
export type PasswordIssue = (typeof passwordIssues)[number];

export type PasswordCheck = { ok: true; score: number } | { ok: false; score: number; issues: PasswordIssue[] };

/** Length in Unicode code points, as NIST counts it: '密码' is two characters, an emoji one. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/**
 * The password check itself: policy length, the account's own facts, and a strength estimate by
 * zxcvbn-ts with its common-password and diceware dictionaries plus Chinese words in characters
 * and pinyin. Imported as `@shsw/shared/password-strength` (not from the package root): the
 * dictionaries weigh ~480 kB, so the web app loads them only on the forms that set a password.
 */
import { type Match, ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import chineseWords from './chinese-password-words.json' with { type: 'json' };
import commonPasswordData from './common-passwords.json' with { type: 'json' };
import { type PasswordCheck, type PasswordIssue, passwordLength, passwordPolicy } from './passwords.js';
import { parseMainlandMobile } from './phone.js';

let factory: ZxcvbnFactory | undefined;

/** Built on first use: ranking the dictionaries takes a moment, and many callers never check. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: {
      ...dictionary,
      'passwords-cn': commonPasswordData.passwords,
      'chinese-hanzi': chineseWords.hanzi,
      'chinese-pinyin': chineseWords.pinyin,
    },
    graphs: adjacencyGraphs,
  });
  return factory;
}

/** NFKC folds full-width letters and digits typed with a Chinese IME ('１２３４５６' → '123456'). */
const fold = (s: string) => s.normalize('NFKC').toLowerCase();

const CJK = /\p{Script=Han}/u;

/**
 * The parts of the account's facts a password must not contain: the whole login, an e-mail's
 * local part and its pieces, the mobile number, the display name. Latin pieces under 3
 * characters are too short to mean anything; a Chinese name of two characters does.
 */
function personalParts(userInputs: readonly string[]): string[] {
  const parts = new Set<string>();
  const add = (value: string) => {
    const v = fold(value.trim());
    if (passwordLength(v) >= 3 || (passwordLength(v) >= 2 && CJK.test(v))) parts.add(v);
  };
  for (const input of userInputs) {
    add(input);
    const at = input.lastIndexOf('@');
    if (at > 0) {
      const local = input.slice(0, at);
      add(local);
      for (const piece of local.split(/[._+-]+/)) add(piece);
    }
    const mobile = parseMainlandMobile(input);
    if (mobile) add(mobile);
    for (const piece of input.split(/\s+/)) add(piece);
  }
  return [...parts];
}

const COMMON_DICTIONARIES = new Set(['passwords-common', 'passwords-cn']);

/** What in the estimator's reading of the password makes it guessable, as policy issues. */
function reasonsOf(sequence: readonly Match[]): PasswordIssue[] {
  const reasons = new Set<PasswordIssue>();
  for (const match of sequence) {
    switch (match.pattern) {
      case 'dictionary':
        if (match.dictionaryName === 'userInputs') reasons.add('personal_info');
        else if (COMMON_DICTIONARIES.has(match.dictionaryName)) reasons.add('common');
        else reasons.add('word');
        break;
      case 'repeat':
        reasons.add('repeated');
        break;
      case 'sequence':
        reasons.add('sequence');
        break;
      case 'spatial':
        reasons.add('keyboard');
        break;
      case 'date':
        reasons.add('date');
        break;
      case 'regex':
        if (match.regexName === 'recentYear') reasons.add('date');
        break;
    }
  }
  return [...reasons];
}

/**
 * Checks a new password and reports every issue, each naming what to change. `userInputs` are
 * the account's own facts (login, display name): a password containing one is refused.
 */
export function checkPassword(password: string, options: { userInputs?: readonly string[] } = {}): PasswordCheck {
  const issues: PasswordIssue[] = [];
  const length = passwordLength(password);
  if (length < passwordPolicy.minLength) issues.push('too_short');
  if (length > passwordPolicy.maxLength) return { ok: false, score: 0, issues: [...issues, 'too_long'] };
  const parts = personalParts(options.userInputs ?? []);
  const folded = fold(password);
  if (parts.some((part) => folded.includes(part))) issues.push('personal_info');
  const result = estimator().check(password.normalize('NFKC'), parts);
  if (result.score < passwordPolicy.minScore) {
    issues.push('weak');
    for (const reason of reasonsOf(result.sequence)) if (!issues.includes(reason)) issues.push(reason);
  }
  return issues.length > 0 ? { ok: false, score: result.score, issues } : { ok: true, score: result.score };
}

/** True when the password, ignoring case and full-width forms, is on a common-password list. */
export function isCommonPassword(password: string): boolean {
  const folded = fold(password);
  return estimator()
    .check(folded)
    .sequence.some(
      (m) =>
        m.pattern === 'dictionary' && COMMON_DICTIONARIES.has(m.dictionaryName) && m.token.length === folded.length,
    );
}

export { passwordLength, passwordPolicy };

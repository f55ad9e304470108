/**
 * 公民身份号码 (resident identity number), GB 11643-1999: 6-digit address code, 8-digit
 * birth date, 3-digit sequence (odd = male) and an ISO 7064 MOD 11-2 check character.
 */
import { dayNumber, isCalendarDate, isoDay } from './calendar.js';
import { maskMiddle } from './masking.js';

export type IdCardFailure = 'length' | 'charset' | 'region' | 'birth_date' | 'check_digit';

export type IdCardResult =
  | { ok: true; id: string; birthDate: string; sex: 'male' | 'female' }
  | { ok: false; reason: IdCardFailure };

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';
/** Province-level codes of GB/T 2260 (first two digits), with 71/81/82 for Taiwan, Hong Kong and Macao. */
const provinceCodes = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

/** Trims and upper-cases the trailing x, the form the number is stored in. */
export function normaliseIdCard(input: string): string {
  return input.trim().toUpperCase();
}

/** GB 11643 check character of the first 17 digits: (Σ digit × 2^(17−i) mod 11) mapped through 1 0 X 9 8 7 6 5 4 3 2. */
export function idCardCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (weights[i] ?? 0);
  return checkCharacters.charAt(sum % 11);
}

/**
 * Validates an 18-digit resident ID number (GB 11643-1999): shape, province code, a real
 * birth date no earlier than 1900 (and not after `asOf` when given), and the check character.
 * A lower-case x is accepted. The 15-digit numbers of 1984–1999 are not accepted: they were
 * replaced in 2013 and carry no check digit.
 */
export function validateIdCard(input: string, options: { asOf?: Date } = {}): IdCardResult {
  const id = normaliseIdCard(input);
  if (id.length !== 18) return { ok: false, reason: 'length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'charset' };
  if (!provinceCodes.has(Number(id.slice(0, 2)))) return { ok: false, reason: 'region' };
  const [year, month, day] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const birthDate = id.slice(6, 14).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3');
  if (year < 1900 || !isCalendarDate(year, month, day)) return { ok: false, reason: 'birth_date' };
  if (options.asOf && birthDate > isoDay(dayNumber(options.asOf))) return { ok: false, reason: 'birth_date' };
  if (idCardCheckCharacter(id) !== id.charAt(17)) return { ok: false, reason: 'check_digit' };
  return { ok: true, id, birthDate, sex: Number(id.charAt(16)) % 2 === 1 ? 'male' : 'female' };
}

/** Shows the first 3 and last 4 characters: '310104199001011234' → '310***********1234'. */
export function maskIdCard(id: string): string {
  return maskMiddle(normaliseIdCard(id), 3, 4);
}

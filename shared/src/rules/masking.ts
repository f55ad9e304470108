/**
 * Masks for personal data shown to viewers the policy does not let see it in full
 * (house style: presenters mask unless the policy says otherwise). Lengths are counted in
 * Unicode code points so rare CJK characters outside the BMP are one character.
 */
import { parseMainlandMobile } from './phone.js';

const mask = '*';

/**
 * Keeps `keepStart` leading and `keepEnd` trailing characters and stars the rest, one star
 * per character. At least `minHidden` characters (or all, if shorter) stay hidden: the kept
 * ends shrink, the end first, when the value is too short to keep both.
 */
export function maskMiddle(value: string, keepStart: number, keepEnd: number, minHidden = 4): string {
  const chars = [...value];
  const visible = Math.max(0, chars.length - Math.min(minHidden, chars.length));
  const start = Math.min(keepStart, visible);
  const end = Math.min(keepEnd, visible - start);
  return chars.map((c, i) => (i < start || i >= chars.length - end ? c : mask)).join('');
}

/**
 * Mainland mobile numbers show the first 3 and last 4 digits ('13812348000' → '138****8000'),
 * after `+86`, spaces and dashes are dropped. Anything else keeps its first 3 and last 4
 * characters with at least 4 hidden.
 */
export function maskPhone(phone: string): string {
  const mobile = parseMainlandMobile(phone);
  return maskMiddle(mobile ?? phone.trim(), 3, 4);
}

/**
 * Keeps the first character of the local part and the whole domain, with a fixed three stars
 * so the local part's length is not given away: 'zhangsan@example.com' → 'z***@example.com'.
 * A value without a local part and domain is starred whole ('***').
 */
export function maskEmail(email: string): string {
  const value = email.trim();
  const at = value.lastIndexOf('@');
  if (at < 1 || at === value.length - 1) return mask.repeat(3);
  const [first = ''] = [...value.slice(0, at)];
  return `${first}${mask.repeat(3)}${value.slice(at)}`;
}

/**
 * Keeps the first character (the surname, for Chinese names) and stars every other
 * character one for one: 张三 → 张*, 王小明 → 王**, 欧阳娜娜 → 欧***. A compound surname is
 * not detected on purpose: keeping one character reveals less and needs no surname table.
 * Spaces and the middle dot of transcribed names stay (买买提·艾力 → 买**·**), and a
 * one-character name is starred whole.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return mask.repeat(chars.length);
  return chars.map((c, i) => (i === 0 || /[\s·・•.-]/u.test(c) ? c : mask)).join('');
}

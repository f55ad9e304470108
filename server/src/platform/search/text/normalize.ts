import { toSimplified } from './chinese-variants.js';

/** Longest text a query keeps (the API accepts 200 characters; the engines read the first ten words). */
const MAX_QUERY_LENGTH = 400;

/**
 * A typed query as both engines should read it: NFKC (full-width Latin and digits, compatibility
 * ideographs, ligatures), lower case, traditional characters as simplified, control characters
 * and runs of white space as one space.
 */
export function normalizeQuery(q: string): string {
  const text = q.slice(0, MAX_QUERY_LENGTH).normalize('NFKC').toLowerCase();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\ufeff]/g, ' ');
  return toSimplified(clean).replace(/\s+/g, ' ').trim();
}

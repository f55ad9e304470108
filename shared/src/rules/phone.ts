/** Mainland China mobile numbers: 11 digits, 1 then 3–9 (MIIT numbering plan). */

const mainlandMobile = /^1[3-9]\d{9}$/;

/**
 * Brings typed input to the bare 11-digit form: full-width characters folded (NFKC), spaces,
 * dashes, dots and brackets dropped, and a leading +86 / 0086 / 86 country code removed when
 * 11 digits follow it. The result is not validated — see `isMainlandMobile`.
 */
export function normaliseMobile(input: string): string {
  const compact = input.normalize('NFKC').replace(/[\s\-.()]/g, '');
  const withoutCountry = /^(?:\+86|0086|86)(\d{11})$/.exec(compact);
  return withoutCountry?.[1] ?? compact;
}

/** True for a mainland mobile number (`^1[3-9]\d{9}$`) once normalised: '+86 138 1234 8000' is one. */
export function isMainlandMobile(input: string): boolean {
  return mainlandMobile.test(normaliseMobile(input));
}

/** The bare 11-digit mobile number, or null when the input is not one. */
export function parseMainlandMobile(input: string): string | null {
  const mobile = normaliseMobile(input);
  return mainlandMobile.test(mobile) ? mobile : null;
}

import { normaliseCertificateNumber } from '@shsw/shared';
import type { CertificateRegistryCheck, ProfileDoc } from '../profiles/index.js';
import { RegistryEntry, registryEntriesByNumbers } from './registry.model.js';
import { mismatchReasons } from './registry-match.js';

/** Whether any registry was ever imported (a missing number then means "not in the registry"). */
export async function registryImported(): Promise<boolean> {
  return (await RegistryEntry.exists({})) !== null;
}

/**
 * Claimed certificates whose number, holder name, level and year match the registry become
 * verified automatically (the profiles service audits and announces each); the rest wait in the
 * bureau's queue with their reasons.
 */
export const registryCheck: CertificateRegistryCheck = {
  async verifyClaims(profile: ProfileDoc): Promise<number> {
    const claimed = profile.certificates.filter((c) => c.status === 'claimed');
    if (claimed.length === 0 || !profile.personal.name) return 0;
    const numbers = claimed.map((c) => normaliseCertificateNumber(c.number));
    const entries = await registryEntriesByNumbers(numbers);
    const byNumber = new Map(entries.map((e) => [e._id, e]));
    let verified = 0;
    for (const c of claimed) {
      const entry = byNumber.get(normaliseCertificateNumber(c.number));
      const claim = { holderName: profile.personal.name, level: c.level, yearObtained: c.yearObtained };
      if (entry && mismatchReasons(claim, entry, true).length === 0) {
        c.status = 'verified';
        c.verifiedBy = 'registry';
        c.decidedAt = new Date();
        verified += 1;
      }
    }
    return verified;
  },

  async reasons(claims) {
    const entries = await registryEntriesByNumbers(claims.map((c) => normaliseCertificateNumber(c.number)));
    const byNumber = new Map(entries.map((e) => [e._id, e]));
    const imported = entries.length > 0 || (await registryImported());
    return new Map(
      claims.map((c) => [
        c.certificateId,
        mismatchReasons(c, byNumber.get(normaliseCertificateNumber(c.number)), imported),
      ]),
    );
  },
};

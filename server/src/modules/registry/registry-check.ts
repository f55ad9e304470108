import { normaliseCertificateNumber, normaliseName } from '@shsw/shared';
import type { CertificateRegistryCheck, ProfileDoc } from '../profiles/index.js';
import { registryEntriesByNumbers } from './registry.model.js';

/**
 * Claimed certificates whose number, holder name and level match the registry become
 * verified automatically; the rest wait in the bureau's queue.
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
      if (entry && entry.level === c.level && normaliseName(entry.name) === normaliseName(profile.personal.name)) {
        c.status = 'verified';
        c.verifiedBy = 'registry';
        c.decidedAt = new Date();
        verified += 1;
      }
    }
    return verified;
  },
};

import { cloneDoc } from '../../platform/db/clone.js';
import { trusted } from '../../platform/db/selectors.js';
import {
  CertificateClaimModel,
  type ProfilesService,
  profilesByIds,
  syncCertificateClaims,
} from '../profiles/index.js';
import { registryCheck } from './registry-check.js';

const PROFILES_PER_SLICE = 100;

/**
 * Claims never assessed against the registry (stored before reasons existed, or written by the
 * demo seed): exact matches are verified (audited and announced by the profiles service), the
 * rest get their reasons. Safe to repeat; a no-op once every claim is assessed.
 */
export async function assessUnassessedClaims(
  profiles: ProfilesService,
): Promise<{ verified: number; assessed: number }> {
  const claims = await CertificateClaimModel.find({ reasons: trusted({ $exists: false }) }, { profileId: 1 }).lean<
    { profileId: unknown }[]
  >();
  const ids = [...new Set(claims.map((c) => String(c.profileId)))];
  let verified = 0;
  for (let i = 0; i < ids.length; i += PROFILES_PER_SLICE) {
    for (const profile of await profilesByIds(ids.slice(i, i + PROFILES_PER_SLICE))) {
      const next = cloneDoc(profile);
      const count = await registryCheck.verifyClaims(next);
      if (count > 0 && (await profiles.replaceCertificates(profile, next.certificates))) verified += count;
      else await syncCertificateClaims(profile, registryCheck.reasons);
    }
  }
  return { verified, assessed: claims.length };
}

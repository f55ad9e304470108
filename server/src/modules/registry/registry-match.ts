import { type CertificateQueueReason, normaliseName } from '@shsw/shared';

export interface ClaimFacts {
  holderName: string;
  level: string;
  yearObtained: number;
}

export interface RegistryFacts {
  name: string;
  level: string;
  year: number;
}

/**
 * Why a claim cannot be verified automatically: empty when its number, holder name, level and
 * year all match the registry's record for that number (the registry is authoritative, so a
 * different year is a typo a person should look at, not a match).
 */
export function mismatchReasons(
  claim: ClaimFacts,
  entry: RegistryFacts | null | undefined,
  registryImported: boolean,
): CertificateQueueReason[] {
  if (!entry) return [registryImported ? 'not_in_registry' : 'registry_not_imported'];
  const reasons: CertificateQueueReason[] = [];
  if (!claim.holderName.trim()) reasons.push('no_holder_name');
  else if (normaliseName(entry.name) !== normaliseName(claim.holderName)) reasons.push('name_mismatch');
  if (entry.level !== claim.level) reasons.push('level_mismatch');
  if (Number(entry.year) !== Number(claim.yearObtained)) reasons.push('year_mismatch');
  return reasons;
}

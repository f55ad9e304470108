/**
 * The least a talent record must hold before its worker applies (issue 15): what an employer
 * needs to answer an application — a phone to call, the district the person lives in, at least
 * one education entry and at least one service domain (of expertise or wished for).
 */

export const readinessItems = ['contact', 'district', 'education', 'domain'] as const;
export type ReadinessItem = (typeof readinessItems)[number];

export interface ReadinessInput {
  personal: { mobile?: string | null; districtCode?: string | null };
  education: readonly unknown[];
  serviceDomains: readonly string[];
  wishes?: { serviceDomains?: readonly string[] } | null;
}

export interface ApplicationReadiness {
  ready: boolean;
  /** What is missing, in the order of `readinessItems` (the order the completion step asks). */
  missing: ReadinessItem[];
}

const filled = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';

/** Whether the worker may apply with this record, and what to fill in first if not. */
export function applicationReadiness(profile: ReadinessInput): ApplicationReadiness {
  const has: Record<ReadinessItem, boolean> = {
    contact: filled(profile.personal.mobile),
    district: filled(profile.personal.districtCode),
    education: profile.education.length > 0,
    domain: profile.serviceDomains.length > 0 || (profile.wishes?.serviceDomains?.length ?? 0) > 0,
  };
  const missing = readinessItems.filter((item) => !has[item]);
  return { ready: missing.length === 0, missing };
}

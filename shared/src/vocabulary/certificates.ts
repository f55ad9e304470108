import { z } from 'zod';
import type { Label } from './label.js';

export interface CertificateLevel {
  code: string;
  label: Label;
  /** 1 = lowest. Requirements compare ranks, never codes. */
  rank: number;
  /** Continuing-education hours required per 3-year registration cycle (bureau-configurable default). */
  defaultCeHoursPerCycle: number;
}

/** 社会工作者职业水平证书, lowest to highest. */
export const certificateLevels = [
  {
    code: 'assistant',
    label: { zh: '助理社会工作师', en: 'Assistant social worker' },
    rank: 1,
    defaultCeHoursPerCycle: 72,
  },
  {
    code: 'social_worker',
    label: { zh: '社会工作师', en: 'Social worker' },
    rank: 2,
    defaultCeHoursPerCycle: 72,
  },
  {
    code: 'senior',
    label: { zh: '高级社会工作师', en: 'Senior social worker' },
    rank: 3,
    defaultCeHoursPerCycle: 90,
  },
] as const satisfies readonly CertificateLevel[];

export type CertificateLevelCode = (typeof certificateLevels)[number]['code'];
export const certificateLevelCodes = certificateLevels.map((x) => x.code) as [
  CertificateLevelCode,
  ...CertificateLevelCode[],
];
export const certificateLevelSchema = z.enum(certificateLevelCodes);

/** A position's minimum certificate: `none` or one of the levels. */
export const certificateRequirementCodes = ['none', ...certificateLevelCodes] as const;
export type CertificateRequirement = (typeof certificateRequirementCodes)[number];
export const certificateRequirementSchema = z.enum(certificateRequirementCodes);

export function certificateRank(code: CertificateRequirement | null | undefined): number {
  if (!code || code === 'none') return 0;
  return certificateLevels.find((l) => l.code === code)?.rank ?? 0;
}

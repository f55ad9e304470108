import { z } from 'zod';
import type { Label } from './label.js';

/** Education levels, lowest to highest; the plan's thresholds are 大专 (diploma) and 本科 (bachelor). */
export const educationLevels = [
  { code: 'secondary', label: { zh: '高中/中专及以下', en: 'Secondary or below' }, rank: 1 },
  { code: 'diploma', label: { zh: '大专', en: 'Diploma (大专)' }, rank: 2 },
  { code: 'bachelor', label: { zh: '本科', en: "Bachelor's" }, rank: 3 },
  { code: 'master', label: { zh: '硕士研究生', en: "Master's" }, rank: 4 },
  { code: 'doctorate', label: { zh: '博士研究生', en: 'Doctorate' }, rank: 5 },
] as const satisfies readonly { code: string; label: Label; rank: number }[];

export type EducationLevelCode = (typeof educationLevels)[number]['code'];
export const educationLevelCodes = educationLevels.map((x) => x.code) as [EducationLevelCode, ...EducationLevelCode[]];
export const educationLevelSchema = z.enum(educationLevelCodes);

export function educationRank(code: EducationLevelCode | 'none' | null | undefined): number {
  if (!code || code === 'none') return 0;
  return educationLevels.find((l) => l.code === code)?.rank ?? 0;
}

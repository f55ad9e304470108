import { z } from 'zod';
import type { Label } from './label.js';

/** The plan's talent structure (二(三)): practice as the base, the other three as support. */
export const talentCategories = [
  { code: 'practice', label: { zh: '社会工作实务人才', en: 'Practice' } },
  { code: 'supervision', label: { zh: '社会工作督导人才', en: 'Supervision' } },
  { code: 'management', label: { zh: '社会工作管理人才', en: 'Management' } },
  { code: 'education_research', label: { zh: '社会工作教育与研究人才', en: 'Education & research' } },
] as const satisfies readonly { code: string; label: Label }[];

export type TalentCategoryCode = (typeof talentCategories)[number]['code'];
export const talentCategoryCodes = talentCategories.map((x) => x.code) as [TalentCategoryCode, ...TalentCategoryCode[]];
export const talentCategorySchema = z.enum(talentCategoryCodes);

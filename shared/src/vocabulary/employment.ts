import { z } from 'zod';
import type { Label } from './label.js';

export const employmentTypes = [
  { code: 'full_time', label: { zh: '全职', en: 'Full-time' } },
  { code: 'part_time', label: { zh: '兼职', en: 'Part-time' } },
  { code: 'project', label: { zh: '项目制', en: 'Project-based' } },
  { code: 'internship', label: { zh: '实习/见习', en: 'Internship / traineeship' } },
] as const satisfies readonly { code: string; label: Label }[];

export type EmploymentTypeCode = (typeof employmentTypes)[number]['code'];
export const employmentTypeCodes = employmentTypes.map((x) => x.code) as [EmploymentTypeCode, ...EmploymentTypeCode[]];
export const employmentTypeSchema = z.enum(employmentTypeCodes);

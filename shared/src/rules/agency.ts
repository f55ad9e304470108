/**
 * 社会工作服务机构 (social-work service agency), plan glossary 2: 专职工作人员中应有三分之一以上
 * 取得社会工作者职业水平证书或社会工作专业本科及以上学历，章程中应明确社会工作服务宗旨、范围和方式.
 */
import type { CertificateCounting, CertificateLike, EducationLike } from './talent.js';
import { certificateCounts, hasSocialWorkDegree } from './talent.js';

/** Head counts of an organisation's full-time (专职) staff. */
export interface StaffFigures {
  fullTime: number;
  /** Full-time staff holding a social-work certificate. */
  certified: number;
  /** Full-time staff with a social-work bachelor's degree or higher. */
  swBachelorPlus: number;
  /** Full-time staff with a certificate or such a degree, each person counted once. */
  qualified: number;
}

export type StaffFigureIssueCode =
  | 'not_whole_number'
  | 'exceeds_full_time'
  | 'qualified_too_low'
  | 'qualified_too_high';

export interface StaffFigureIssue {
  field: keyof StaffFigures;
  code: StaffFigureIssueCode;
}

export type StaffFiguresResult = { ok: true } | { ok: false; issues: StaffFigureIssue[] };

const fields = ['fullTime', 'certified', 'swBachelorPlus', 'qualified'] as const;

/**
 * Checks that the four figures can describe one real staff: whole numbers ≥ 0, none above
 * `fullTime`, and `qualified` — the union of the two groups — between the larger group
 * (max(certified, swBachelorPlus)) and their sum (capped at fullTime). Every issue is
 * reported; the inclusion-exclusion checks run only once the numbers themselves are sound.
 */
export function validateStaffFigures(figures: StaffFigures): StaffFiguresResult {
  const issues: StaffFigureIssue[] = [];
  for (const field of fields) {
    if (!Number.isSafeInteger(figures[field]) || figures[field] < 0) issues.push({ field, code: 'not_whole_number' });
  }
  if (issues.length > 0) return { ok: false, issues };
  for (const field of fields.slice(1)) {
    if (figures[field] > figures.fullTime) issues.push({ field, code: 'exceeds_full_time' });
  }
  const { certified, swBachelorPlus, qualified, fullTime } = figures;
  if (qualified < Math.max(certified, swBachelorPlus)) issues.push({ field: 'qualified', code: 'qualified_too_low' });
  // Above fullTime is already reported as exceeds_full_time; the other upper bound is the sum.
  if (qualified > certified + swBachelorPlus && qualified <= fullTime) {
    issues.push({ field: 'qualified', code: 'qualified_too_high' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true };
}

/** Qualified full-time staff the glossary asks for: one third, rounded up (三分之一以上 includes the third). */
export function qualifiedStaffRequired(fullTime: number): number {
  return Math.ceil(fullTime / 3);
}

/**
 * Whether an organisation meets the glossary's definition of a social-work service agency:
 * sound staff figures with fullTime > 0, qualified ≥ fullTime / 3, and a charter that states
 * social-work aims, scope and methods (a fact the bureau records when it verifies the charter).
 */
export function qualifiesAsAgency(org: { staff: StaffFigures; charterStatesSocialWorkAims: boolean }): boolean {
  const { staff } = org;
  if (!org.charterStatesSocialWorkAims || !validateStaffFigures(staff).ok || staff.fullTime <= 0) return false;
  return 3 * staff.qualified >= staff.fullTime;
}

export interface StaffMemberLike {
  fullTime: boolean;
  certificates: readonly CertificateLike[];
  education: readonly EducationLike[];
}

/**
 * Staff figures computed from the platform's own records of an organisation's staff, so they
 * agree with the talent rules: a certificate counts under `CertificateCounting`, a degree is a
 * completed social-work (not merely related) bachelor's or higher.
 */
export function staffFiguresOf(staff: readonly StaffMemberLike[], options: CertificateCounting = {}): StaffFigures {
  const figures: StaffFigures = { fullTime: 0, certified: 0, swBachelorPlus: 0, qualified: 0 };
  for (const person of staff) {
    if (!person.fullTime) continue;
    const certified = person.certificates.some((c) => certificateCounts(c, options));
    const degree = hasSocialWorkDegree(person.education, { level: 'bachelor', includeRelated: false });
    figures.fullTime += 1;
    figures.certified += Number(certified);
    figures.swBachelorPlus += Number(degree);
    figures.qualified += Number(certified || degree);
  }
  return figures;
}

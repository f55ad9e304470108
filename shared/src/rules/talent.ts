/**
 * Who counts as social-work talent and as a certified social worker — the plan's glossary
 * (沪民社工发〔2022〕1号, 名词解释 1 and 4). The platform computes these, it never asks for them.
 */
import type { CertificateLevelCode } from '../vocabulary/certificates.js';
import { certificateRank } from '../vocabulary/certificates.js';
import type { EducationLevelCode } from '../vocabulary/education.js';
import { educationRank } from '../vocabulary/education.js';
import type { DateInput } from './calendar.js';
import { dayNumber } from './calendar.js';

/** Where a certificate stands with the bureau: as the worker declared it, checked, or rejected. */
export type VerificationStatus = 'claimed' | 'verified' | 'refused';

/** The field of a degree as the plan reads it: social work, a related major, or anything else. */
export type MajorField = 'social_work' | 'related' | 'other';

export interface EducationLike {
  level: EducationLevelCode;
  field: MajorField;
  /** Still studying: the plan speaks of degrees obtained (取得), so this one does not count yet. */
  inProgress?: boolean;
}

export interface CertificateLike {
  level: CertificateLevelCode;
  status: VerificationStatus;
  /** Last day of the current registration (登记) period; none until the holder registers. */
  registrationValidUntil?: DateInput | null;
}

export interface TrainingLike {
  hours: number;
  /** A training certificate or attendance proof was uploaded (有培训证明). */
  hasProof: boolean;
}

export interface TalentRecordLike {
  education: readonly EducationLike[];
  certificates: readonly CertificateLike[];
  training?: readonly TrainingLike[];
}

/**
 * Which certificates count. Refused ones never do and verified ones always do. Claimed ones
 * count only with `countClaimed: true`; the default is false because these figures feed the
 * bureau's published indicators and the "certified" mark organisations hire on, and a
 * declaration is only a claim until the bureau checks it against the registration records.
 * A worker's own dashboard may pass `true` to show the provisional result.
 */
export interface CertificateCounting {
  countClaimed?: boolean;
}

/** The plan's training threshold: 不少于 120 小时的社会工作专业培训且有培训证明. */
export const socialWorkTrainingHours = 120;

/** Whether a certificate counts under the verification policy of `CertificateCounting`. */
export function certificateCounts(certificate: CertificateLike, options: CertificateCounting = {}): boolean {
  if (certificate.status === 'verified') return true;
  return certificate.status === 'claimed' && options.countClaimed === true;
}

/**
 * The counted certificate of the highest level (助理 < 社会工作师 < 高级), or null. Among equal
 * levels a verified one wins over a claimed one, then the later registration. Holding a
 * certificate does not lapse with its registration, so expired registrations still count here.
 */
export function highestCertificate<C extends CertificateLike>(
  certificates: readonly C[],
  options: CertificateCounting = {},
): C | null {
  let best: C | null = null;
  for (const c of certificates) {
    if (!certificateCounts(c, options)) continue;
    if (best === null || compareCertificates(c, best) > 0) best = c;
  }
  return best;
}

function compareCertificates(a: CertificateLike, b: CertificateLike): number {
  const byRank = certificateRank(a.level) - certificateRank(b.level);
  if (byRank !== 0) return byRank;
  const byStatus = Number(a.status === 'verified') - Number(b.status === 'verified');
  if (byStatus !== 0) return byStatus;
  return registrationDay(a) - registrationDay(b);
}

function registrationDay(c: CertificateLike): number {
  const day = c.registrationValidUntil ? dayNumber(c.registrationValidUntil) : Number.NaN;
  return Number.isNaN(day) ? Number.NEGATIVE_INFINITY : day;
}

/** A completed degree of at least `minRank`, in social work or (when allowed) a related major. */
export function hasSocialWorkDegree(
  education: readonly EducationLike[],
  minimum: { level: EducationLevelCode; includeRelated: boolean },
): boolean {
  const minRank = educationRank(minimum.level);
  return education.some(
    (e) =>
      !e.inProgress &&
      educationRank(e.level) >= minRank &&
      (e.field === 'social_work' || (minimum.includeRelated && e.field === 'related')),
  );
}

/** Hours of social-work training that carry proof, summed across entries. */
export function provenTrainingHours(training: readonly TrainingLike[] = []): number {
  return training.reduce((sum, t) => (t.hasProof && Number.isFinite(t.hours) && t.hours > 0 ? sum + t.hours : sum), 0);
}

export type TalentGround = 'education' | 'certificate' | 'training';

/**
 * Which of the glossary's three conditions for "一定社会工作专业素质" the record meets:
 * a social-work or related diploma (大专) or higher, a certificate, or at least 120 proven
 * training hours. Empty means the person is not (yet) social-work talent.
 */
export function talentGrounds(record: TalentRecordLike, options: CertificateCounting = {}): TalentGround[] {
  const grounds: TalentGround[] = [];
  if (hasSocialWorkDegree(record.education, { level: 'diploma', includeRelated: true })) grounds.push('education');
  if (record.certificates.some((c) => certificateCounts(c, options))) grounds.push('certificate');
  if (provenTrainingHours(record.training) >= socialWorkTrainingHours) grounds.push('training');
  return grounds;
}

/** 社会工作人才 (glossary 1): at least one of the three grounds of `talentGrounds`. */
export function isSocialWorkTalent(record: TalentRecordLike, options: CertificateCounting = {}): boolean {
  return talentGrounds(record, options).length > 0;
}

/**
 * 持证社会工作者 (glossary 4): a certificate, or a social-work or related diploma (大专) or
 * higher. Training hours alone do not make a certified social worker.
 */
export function isCertifiedSocialWorker(record: TalentRecordLike, options: CertificateCounting = {}): boolean {
  const grounds = talentGrounds(record, options);
  return grounds.includes('certificate') || grounds.includes('education');
}

/**
 * Explainable matching of a worker to a position ("How you match"): hard requirements decide
 * eligibility, weighted fit criteria make the score, and every criterion comes back as a reason
 * with its points and a bilingual checklist label carrying the concrete values.
 */
import type { MatchReason } from '../schemas/search.js';
import type { CertificateLevelCode, CertificateRequirement } from '../vocabulary/certificates.js';
import { certificateLevels, certificateRank } from '../vocabulary/certificates.js';
import type { EducationLevelCode } from '../vocabulary/education.js';
import { educationLevels, educationRank } from '../vocabulary/education.js';
import { employmentTypes } from '../vocabulary/employment.js';
import type { Label } from '../vocabulary/label.js';
import { findDistrict, findStreet } from '../vocabulary/places.js';
import { serviceDomains } from '../vocabulary/service-domains.js';
import { talentCategories } from '../vocabulary/talent-categories.js';
import type { CeStatusCode } from './continuing-education.js';
import { normaliseCreditCode } from './credit-code.js';

export interface MatchPosition {
  minCertificate: CertificateRequirement;
  minEducation: EducationLevelCode | 'none';
  socialWorkMajorRequired: boolean;
  primaryDomain: string;
  secondaryDomain: string | null;
  minYearsInDomain: number;
  talentCategory: string;
  districtCode: string;
  streetCode: string;
  salaryMin: number;
  salaryMax: number;
  skills: readonly string[];
  employmentType: string;
}

export interface MatchCandidate {
  /** Highest verified certificate. */
  highestCertificate: CertificateLevelCode | null;
  /** Highest education obtained. */
  educationLevel: EducationLevelCode | null;
  /** A social-work major at diploma (大专) or higher, obtained. */
  hasSocialWorkDegree: boolean;
  experienceYears: Readonly<Partial<Record<string, number>>>;
  talentCategory: string | null;
  districtCode: string | null;
  streetCode: string | null;
  wishes: {
    salaryMin: number | null;
    districtCodes: readonly string[];
    employmentTypes: readonly string[];
    serviceDomains: readonly string[];
  };
  ceStatus: CeStatusCode;
  ceHoursShort: number;
  skills: readonly string[];
  openToWork: boolean;
  visibility: 'public' | 'verified_orgs' | 'hidden';
  /** Credit codes of organisations that must never see the profile. */
  hideFrom: readonly string[];
}

export interface MatchContext {
  /** The position's organisation. */
  orgCreditCode: string;
  orgVerified: boolean;
  /**
   * The candidate's own view (their ranked positions). Privacy settings decide who sees the
   * candidate, not which positions the candidate may see, so they are neither checked nor listed.
   */
  personalised?: boolean;
}

export type RequirementCode = 'certificate' | 'education' | 'social_work_major' | 'hide_from' | 'visibility';
export type FitCode =
  | 'experience'
  | 'district'
  | 'salary'
  | 'skills'
  | 'talent_category'
  | 'continuing_education'
  | 'availability';

/** Points per fit criterion (they add to 100); heaviest first, and in this order within a weight. */
export const matchWeights = Object.freeze({
  experience: 25,
  district: 15,
  salary: 15,
  skills: 15,
  talent_category: 10,
  continuing_education: 10,
  availability: 10,
} as const satisfies Record<FitCode, number>);

/** A wish this far above the position's maximum earns no salary points (linear in between). */
export const salaryWishZeroAbovePercent = 30;

/**
 * One line of the checklist. Requirements carry weight and earned 0. `private` marks reasons
 * about the candidate's privacy settings: an organisation must not learn it is on a list, so
 * callers drop these before showing reasons to one.
 */
export interface MatchResultReason extends MatchReason {
  code: RequirementCode | FitCode;
  private?: true;
}

export interface MatchResult {
  eligible: boolean;
  /** Sum of the fit reasons' earned points when eligible, else 0. */
  score: number;
  /** Requirements first, then fit criteria by weight (the order of `matchWeights`). */
  reasons: MatchResultReason[];
}

const requirement = (code: RequirementCode, met: boolean, zh: string, en: string): MatchResultReason => ({
  code,
  kind: 'requirement',
  met,
  weight: 0,
  earned: 0,
  label: { zh, en },
});

/**
 * Fit points for a share in [0, 1], rounded to whole points so the reasons add up to the score;
 * a partial share never rounds to full or to nothing, so `met` and `earned` always agree.
 */
function fit(code: FitCode, share: number, zh: string, en: string): MatchResultReason {
  const weight = matchWeights[code];
  const s = Math.min(1, Math.max(0, share));
  const earned = s === 1 ? weight : s === 0 ? 0 : Math.min(weight - 1, Math.max(1, Math.round(weight * s)));
  const met = s === 1 ? true : s === 0 ? false : 'partial';
  return { code, kind: 'fit', met, weight, earned, label: { zh, en } };
}

/** 9000 → "9,000", 2.5 → "2.5": grouped by hand so output never depends on the runtime's locale data. */
function num(n: number): string {
  const [whole = '0', fraction] = String(Math.round(n * 10) / 10).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

const yuanRange = (min: number, max: number) => (min === max ? num(min) : `${num(min)}–${num(max)}`);
const labelOf = (list: readonly { code: string; label: Label }[], code: string): Label =>
  list.find((x) => x.code === code)?.label ?? { zh: code, en: code };
const placeOf = (code: string, find: (c: string) => { label: Label } | undefined): Label =>
  find(code)?.label ?? { zh: code, en: code };
const orHigher = (list: readonly { rank: number }[], rank: number) =>
  rank === Math.max(...list.map((x) => x.rank)) ? { zh: '', en: '' } : { zh: '及以上', en: ' or higher' };
const normalisedSkill = (s: string) => s.normalize('NFKC').trim().toLowerCase();

function certificateReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const held = c.highestCertificate ? labelOf(certificateLevels, c.highestCertificate) : null;
  const has = held
    ? { zh: `持有${held.zh}`, en: `Holds ${held.en}` }
    : { zh: '未持有已核验的证书', en: 'No verified certificate' };
  const met = certificateRank(c.highestCertificate) >= certificateRank(p.minCertificate);
  if (p.minCertificate === 'none')
    return requirement('certificate', met, `${has.zh}，岗位不要求证书`, `${has.en}; position requires none`);
  const need = labelOf(certificateLevels, p.minCertificate);
  const up = orHigher(certificateLevels, certificateRank(p.minCertificate));
  return requirement(
    'certificate',
    met,
    `${has.zh}，岗位要求${need.zh}${up.zh}`,
    `${has.en}; position requires ${need.en}${up.en}`,
  );
}

function educationReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const held = c.educationLevel ? labelOf(educationLevels, c.educationLevel) : null;
  const has = held
    ? { zh: `学历为${held.zh}`, en: `Education: ${held.en}` }
    : { zh: '未填写学历', en: 'No education recorded' };
  const met = educationRank(c.educationLevel) >= educationRank(p.minEducation);
  if (p.minEducation === 'none')
    return requirement('education', met, `${has.zh}，岗位不限学历`, `${has.en}; position has no minimum`);
  // "Minimum" rather than "or higher": the lowest level's own label already reads "or below".
  const need = labelOf(educationLevels, p.minEducation);
  return requirement(
    'education',
    met,
    `${has.zh}，岗位最低学历要求为${need.zh}`,
    `${has.en}; position's minimum: ${need.en}`,
  );
}

function privacyReasons(c: MatchCandidate, ctx: MatchContext): MatchResultReason[] {
  const org = normaliseCreditCode(ctx.orgCreditCode);
  const listed = c.hideFrom.some((code) => normaliseCreditCode(code) === org);
  const hide = listed
    ? requirement('hide_from', false, '档案已对该机构屏蔽', 'Profile is hidden from this organisation')
    : requirement('hide_from', true, '档案未对该机构屏蔽', 'Profile is not hidden from this organisation');
  const orgState = ctx.orgVerified
    ? { zh: '该机构已认证', en: 'this organisation is verified' }
    : { zh: '该机构未认证', en: 'this organisation is not verified' };
  const visibility =
    c.visibility === 'public'
      ? requirement('visibility', true, '档案公开', 'Profile is public')
      : c.visibility === 'hidden'
        ? requirement('visibility', false, '档案设为对所有机构不可见', 'Profile is hidden from all organisations')
        : requirement(
            'visibility',
            ctx.orgVerified,
            `档案仅对已认证机构可见，${orgState.zh}`,
            `Profile is visible to verified organisations only; ${orgState.en}`,
          );
  return [hide, visibility].map((r) => ({ ...r, private: true as const }));
}

function experienceReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const years = (d: string | null) => (d ? (c.experienceYears[d] ?? 0) : 0);
  // The secondary domain counts when it has more years than the primary.
  const domain =
    p.secondaryDomain && years(p.secondaryDomain) > years(p.primaryDomain) ? p.secondaryDomain : p.primaryDomain;
  const y = years(domain);
  const name = labelOf(serviceDomains, domain);
  const min = p.minYearsInDomain;
  const share = min > 0 ? y / min : y > 0 ? 1 : 0.5;
  const need =
    min > 0 ? { zh: `要求 ${num(min)} 年`, en: `${num(min)} required` } : { zh: '不要求年限', en: 'no minimum' };
  if (y <= 0)
    return fit('experience', share, `无${name.zh}领域经验（${need.zh}）`, `No experience in ${name.en} (${need.en})`);
  const unit = y === 1 ? 'year' : 'years';
  return fit(
    'experience',
    share,
    `${name.zh}领域 ${num(y)} 年经验（${need.zh}）`,
    `${num(y)} ${unit} in ${name.en} (${need.en})`,
  );
}

function talentCategoryReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const want = labelOf(talentCategories, p.talentCategory);
  if (c.talentCategory === p.talentCategory) {
    return fit('talent_category', 1, `人才类别相符（${want.zh}）`, `Talent category matches (${want.en})`);
  }
  const has = c.talentCategory
    ? {
        zh: `人才类别为${labelOf(talentCategories, c.talentCategory).zh}`,
        en: `Talent category ${labelOf(talentCategories, c.talentCategory).en}`,
      }
    : { zh: '未填写人才类别', en: 'No talent category given' };
  return fit('talent_category', 0, `${has.zh}，岗位为${want.zh}`, `${has.en}; position is for ${want.en}`);
}

function districtReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const weight = matchWeights.district;
  const where = placeOf(p.districtCode, findDistrict);
  if (c.streetCode !== null && c.streetCode === p.streetCode) {
    const street = placeOf(p.streetCode, findStreet);
    return fit('district', 1, `与岗位同在${street.zh}`, `Same street/town as the position (${street.en})`);
  }
  if (c.districtCode !== null && c.districtCode === p.districtCode) {
    return fit('district', 12 / weight, `与岗位同在${where.zh}`, `Same district as the position (${where.en})`);
  }
  if (c.wishes.districtCodes.includes(p.districtCode)) {
    return fit(
      'district',
      9 / weight,
      `岗位在${where.zh}，属于期望工作区域`,
      `Position is in ${where.en}, a wished district`,
    );
  }
  const home = c.districtCode
    ? {
        zh: `所在${placeOf(c.districtCode, findDistrict).zh}`,
        en: `Based in ${placeOf(c.districtCode, findDistrict).en}`,
      }
    : { zh: '未填写所在区', en: 'No district given' };
  const wished =
    c.wishes.districtCodes.length > 0
      ? { zh: '不在期望工作区域内', en: 'outside the wished districts' }
      : { zh: '未填写期望工作区域', en: 'no wished districts given' };
  return fit(
    'district',
    0,
    `${home.zh}，岗位在${where.zh}，${wished.zh}`,
    `${home.en}; position is in ${where.en}, ${wished.en}`,
  );
}

function salaryReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const pays = {
    zh: `岗位 ${yuanRange(p.salaryMin, p.salaryMax)} 元`,
    en: `position pays ¥${yuanRange(p.salaryMin, p.salaryMax)}`,
  };
  const wish = c.wishes.salaryMin;
  if (wish === null) return fit('salary', 1, `未填写期望月薪，${pays.zh}`, `No salary expectation given; ${pays.en}`);
  // Integer arithmetic: the share is exactly 0 at +30 % and exactly 1 at the maximum.
  const over = wish - p.salaryMax;
  const share = over <= 0 ? 1 : p.salaryMax <= 0 ? 0 : 1 - (over * 100) / (p.salaryMax * salaryWishZeroAbovePercent);
  return fit('salary', share, `期望月薪 ${num(wish)} 元，${pays.zh}`, `Expects ¥${num(wish)} a month; ${pays.en}`);
}

function continuingEducationReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  switch (c.ceStatus) {
    case 'met':
      return fit(
        'continuing_education',
        1,
        '继续教育已满足本登记周期要求',
        'Continuing education met for the registration period',
      );
    case 'short': {
      const h = num(c.ceHoursShort);
      return fit(
        'continuing_education',
        0.5,
        `继续教育本登记周期尚差 ${h} 学时`,
        `Continuing education ${h} hours short this registration period`,
      );
    }
    case 'expired':
      return fit('continuing_education', 0, '证书登记已过期', 'Certificate registration has expired');
    case 'no_certificate':
      return p.minCertificate === 'none'
        ? fit(
            'continuing_education',
            1,
            '无已登记证书，岗位不要求证书，继续教育不适用',
            'No registered certificate; the position requires none, so continuing education does not apply',
          )
        : fit(
            'continuing_education',
            0,
            '无已登记证书，继续教育无从核对',
            'No registered certificate, so continuing education cannot be checked',
          );
  }
}

function skillsReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const wanted = [...new Map(p.skills.map((s) => [normalisedSkill(s), s.trim()])).entries()].filter(([k]) => k);
  if (wanted.length === 0) return fit('skills', 1, '岗位未列技能要求', 'The position lists no skills');
  const has = new Set(c.skills.map(normalisedSkill));
  const hit = wanted.filter(([k]) => has.has(k)).map(([, s]) => s);
  const miss = wanted.filter(([k]) => !has.has(k)).map(([, s]) => s);
  const zh = `具备岗位所列 ${wanted.length} 项技能中的 ${hit.length} 项${hit.length ? `（${hit.join('、')}）` : ''}${miss.length ? `，缺少${miss.join('、')}` : ''}`;
  const en = `Has ${hit.length} of the ${wanted.length} listed skills${hit.length ? ` (${hit.join(', ')})` : ''}${miss.length ? `; missing ${miss.join(', ')}` : ''}`;
  return fit('skills', hit.length / wanted.length, zh, en);
}

function availabilityReason(p: MatchPosition, c: MatchCandidate): MatchResultReason {
  const type = labelOf(employmentTypes, p.employmentType);
  const wished = c.wishes.employmentTypes;
  const typeOk = wished.length === 0 || wished.includes(p.employmentType);
  const open = c.openToWork ? { zh: '正在求职', en: 'Open to work' } : { zh: '暂不求职', en: 'Not looking for work' };
  const wishedLabels = wished.map((t) => labelOf(employmentTypes, t));
  const kind =
    wished.length === 0
      ? { zh: `未限定用工形式（岗位为${type.zh}）`, en: `no employment-type preference (position is ${type.en})` }
      : typeOk
        ? { zh: `期望用工形式包括${type.zh}`, en: `wants ${type.en} work` }
        : {
            zh: `期望${wishedLabels.map((l) => l.zh).join('、')}，岗位为${type.zh}`,
            en: `wants ${wishedLabels.map((l) => l.en).join(' or ')}; position is ${type.en}`,
          };
  const points = (c.openToWork ? 6 : 0) + (typeOk ? 4 : 0);
  return fit('availability', points / matchWeights.availability, `${open.zh}；${kind.zh}`, `${open.en}; ${kind.en}`);
}

/**
 * Matches one candidate to one position. Fit reasons are worked out even when a requirement
 * fails (the candidate may still want to see them), but the score is then 0.
 */
export function matchCandidate(position: MatchPosition, candidate: MatchCandidate, context: MatchContext): MatchResult {
  const requirements = [certificateReason(position, candidate), educationReason(position, candidate)];
  if (position.socialWorkMajorRequired) {
    requirements.push(
      candidate.hasSocialWorkDegree
        ? requirement(
            'social_work_major',
            true,
            '具有社会工作专业学历，岗位要求社会工作专业',
            'Has a social-work degree; position requires a social-work major',
          )
        : requirement(
            'social_work_major',
            false,
            '没有社会工作专业学历，岗位要求社会工作专业',
            'No social-work degree; position requires a social-work major',
          ),
    );
  }
  if (!context.personalised) requirements.push(...privacyReasons(candidate, context));
  const fits = [
    experienceReason(position, candidate),
    districtReason(position, candidate),
    salaryReason(position, candidate),
    skillsReason(position, candidate),
    talentCategoryReason(position, candidate),
    continuingEducationReason(position, candidate),
    availabilityReason(position, candidate),
  ];
  const eligible = requirements.every((r) => r.met === true);
  const score = eligible ? fits.reduce((sum, r) => sum + r.earned, 0) : 0;
  return { eligible, score, reasons: [...requirements, ...fits] };
}

const fitOrder = Object.keys(matchWeights) as FitCode[];
const earnedOn = (r: MatchResult, code: FitCode) => r.reasons.find((x) => x.code === code)?.earned ?? 0;

/**
 * Best first: eligible before not, then higher score; ties go to the more points on the heavier
 * criterion (experience, then district, salary, skills, talent category, continuing education,
 * availability), and then keep the input order. Returns a new array.
 */
export function rankMatches<T extends MatchResult>(results: readonly T[]): T[] {
  return [...results].sort((a, b) => {
    if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
    if (a.score !== b.score) return b.score - a.score;
    for (const code of fitOrder) {
      const diff = earnedOn(b, code) - earnedOn(a, code);
      if (diff !== 0) return diff;
    }
    return 0;
  });
}

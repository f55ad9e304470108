import { describe, expect, it } from 'vitest';
import type { MatchCandidate, MatchContext, MatchPosition, MatchResult, MatchResultReason } from './matching.js';
import { matchCandidate, matchWeights, rankMatches } from './matching.js';

const orgCode = '52310115MJ5890135H';
const pudong = '310115';
const weifang = '310115004'; // 潍坊新村街道, Pudong
const lujiazui = '310115005'; // 陆家嘴街道, Pudong
const huangpu = '310101';
const xuhui = '310104';

const position = (over: Partial<MatchPosition> = {}): MatchPosition => ({
  minCertificate: 'assistant',
  minEducation: 'diploma',
  socialWorkMajorRequired: false,
  primaryDomain: 'elderly_care',
  secondaryDomain: 'community_building',
  minYearsInDomain: 2,
  talentCategory: 'practice',
  districtCode: pudong,
  streetCode: weifang,
  salaryMin: 7500,
  salaryMax: 8500,
  skills: ['个案工作', '小组工作', 'Case management'],
  employmentType: 'full_time',
  ...over,
});

/** Meets every requirement and earns every fit point against `position()`. */
const candidate = (over: Partial<MatchCandidate> = {}): MatchCandidate => ({
  highestCertificate: 'social_worker',
  educationLevel: 'bachelor',
  hasSocialWorkDegree: true,
  experienceYears: { elderly_care: 3 },
  talentCategory: 'practice',
  districtCode: pudong,
  streetCode: weifang,
  wishes: { salaryMin: 8000, districtCodes: [], employmentTypes: ['full_time'], serviceDomains: ['elderly_care'] },
  ceStatus: 'met',
  ceHoursShort: 0,
  skills: ['个案工作', '小组工作', 'case management'],
  openToWork: true,
  visibility: 'public',
  hideFrom: [],
  ...over,
});

const wishes = (over: Partial<MatchCandidate['wishes']>): MatchCandidate['wishes'] => ({
  ...candidate().wishes,
  ...over,
});

const context = (over: Partial<MatchContext> = {}): MatchContext => ({
  orgCreditCode: orgCode,
  orgVerified: true,
  ...over,
});

const match = (p: Partial<MatchPosition> = {}, c: Partial<MatchCandidate> = {}, ctx: Partial<MatchContext> = {}) =>
  matchCandidate(position(p), candidate(c), context(ctx));

function reasonOf(result: MatchResult, code: MatchResultReason['code']): MatchResultReason {
  const found = result.reasons.find((r) => r.code === code);
  if (!found) throw new Error(`no ${code} reason`);
  return found;
}

const earned = (result: MatchResult, code: MatchResultReason['code']) => {
  const r = reasonOf(result, code);
  return { earned: r.earned, met: r.met };
};

describe('matchWeights', () => {
  it('when the weights are read, then they are the published ones and add to 100', () => {
    expect(matchWeights).toEqual({
      experience: 25,
      district: 15,
      salary: 15,
      skills: 15,
      talent_category: 10,
      continuing_education: 10,
      availability: 10,
    });
    expect(Object.values(matchWeights).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('matchCandidate: hard requirements', () => {
  it('when the candidate meets everything, then they are eligible with 100 and every reason met', () => {
    const result = match();
    expect(result.eligible).toBe(true);
    expect(result.score).toBe(100);
    expect(result.reasons.every((r) => r.met === true)).toBe(true);
  });

  it('when the certificate ranks below the minimum, then the candidate is not eligible and scores 0', () => {
    const result = match({ minCertificate: 'senior' });
    expect(result.eligible).toBe(false);
    expect(result.score).toBe(0);
    expect(result.reasons.filter((r) => r.met !== true).map((r) => r.code)).toEqual(['certificate']);
  });

  it('when a certificate is required and none is verified, then the candidate is not eligible', () => {
    const result = match({}, { highestCertificate: null });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'certificate').label).toEqual({
      zh: '未持有已核验的证书，岗位要求助理社会工作师及以上',
      en: 'No verified certificate; position requires Assistant social worker or higher',
    });
  });

  it('when the position requires no certificate, then a candidate without one is eligible', () => {
    const result = match({ minCertificate: 'none' }, { highestCertificate: null, ceStatus: 'no_certificate' });
    expect(result.eligible).toBe(true);
    expect(reasonOf(result, 'certificate')).toMatchObject({
      met: true,
      label: { zh: '未持有已核验的证书，岗位不要求证书', en: 'No verified certificate; position requires none' },
    });
  });

  it('when the education ranks below the minimum, then the candidate is not eligible', () => {
    const result = match({ minEducation: 'master' });
    expect(result.eligible).toBe(false);
    expect(result.reasons.filter((r) => r.met !== true).map((r) => r.code)).toEqual(['education']);
    expect(reasonOf(result, 'education').label).toEqual({
      zh: '学历为本科，岗位最低学历要求为硕士研究生',
      en: "Education: Bachelor's; position's minimum: Master's",
    });
  });

  it('when no education is recorded and the position sets no minimum, then the education requirement is met', () => {
    const result = match({ minEducation: 'none' }, { educationLevel: null });
    expect(result.eligible).toBe(true);
    expect(reasonOf(result, 'education').label).toEqual({
      zh: '未填写学历，岗位不限学历',
      en: 'No education recorded; position has no minimum',
    });
  });

  it('when a social-work major is required and the candidate has none, then they are not eligible', () => {
    const result = match({ socialWorkMajorRequired: true }, { hasSocialWorkDegree: false });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'social_work_major')).toMatchObject({
      kind: 'requirement',
      met: false,
      label: {
        zh: '没有社会工作专业学历，岗位要求社会工作专业',
        en: 'No social-work degree; position requires a social-work major',
      },
    });
  });

  it('when a social-work major is not required, then it is not listed and its absence does not matter', () => {
    const result = match({ socialWorkMajorRequired: false }, { hasSocialWorkDegree: false });
    expect(result.eligible).toBe(true);
    expect(result.reasons.some((r) => r.code === 'social_work_major')).toBe(false);
  });

  it('when the organisation is on the hide-from list (any case or spacing), then the candidate is not eligible', () => {
    const listed = ` ${orgCode.slice(0, 9).toLowerCase()} ${orgCode.slice(9)}`;
    const result = match({}, { hideFrom: ['91310000MA1FL0000X', listed] });
    expect(result.eligible).toBe(false);
    expect(result.score).toBe(0);
    expect(reasonOf(result, 'hide_from')).toMatchObject({ met: false, private: true });
  });

  it('when the profile is hidden, then even a verified organisation cannot match it', () => {
    const result = match({}, { visibility: 'hidden' }, { orgVerified: true });
    expect(result.eligible).toBe(false);
    expect(reasonOf(result, 'visibility')).toMatchObject({ met: false, private: true });
  });

  it('when the profile is for verified organisations only, then an unverified one is refused and a verified one not', () => {
    const refused = match({}, { visibility: 'verified_orgs' }, { orgVerified: false });
    const allowed = match({}, { visibility: 'verified_orgs' }, { orgVerified: true });
    expect([refused.eligible, allowed.eligible]).toEqual([false, true]);
    expect(reasonOf(refused, 'visibility').label).toEqual({
      zh: '档案仅对已认证机构可见，该机构未认证',
      en: 'Profile is visible to verified organisations only; this organisation is not verified',
    });
  });

  it('when the profile is public, then an unverified organisation may match it', () => {
    expect(match({}, { visibility: 'public' }, { orgVerified: false }).eligible).toBe(true);
  });

  it('when reasons are listed, then only hide-from and visibility are private, met or not', () => {
    const passing = match();
    const failing = match({}, { visibility: 'hidden', hideFrom: [orgCode] });
    for (const result of [passing, failing]) {
      expect(result.reasons.filter((r) => r.private).map((r) => r.code)).toEqual(['hide_from', 'visibility']);
      expect(result.reasons.filter((r) => r.private === true)).toHaveLength(2);
    }
    expect(reasonOf(passing, 'hide_from').label).toEqual({
      zh: '档案未对该机构屏蔽',
      en: 'Profile is not hidden from this organisation',
    });
  });

  it("when the match is for the candidate's own list, then privacy settings neither block nor appear", () => {
    const result = match({}, { visibility: 'hidden', hideFrom: [orgCode] }, { personalised: true });
    expect(result.eligible).toBe(true);
    expect(result.score).toBe(100);
    expect(result.reasons.some((r) => r.code === 'hide_from' || r.code === 'visibility')).toBe(false);
  });

  it('when a requirement fails, then the fit reasons still show what would be earned but the score is 0', () => {
    const result = match({ minCertificate: 'senior' });
    expect(result.score).toBe(0);
    expect(earned(result, 'experience')).toEqual({ earned: 25, met: true });
  });
});

describe('matchCandidate: experience (25)', () => {
  it('when the years exceed the minimum, then all 25 points', () => {
    expect(earned(match({}, { experienceYears: { elderly_care: 3 } }), 'experience')).toEqual({
      earned: 25,
      met: true,
    });
  });

  it('when the years equal the minimum, then all 25 points', () => {
    expect(earned(match({}, { experienceYears: { elderly_care: 2 } }), 'experience')).toEqual({
      earned: 25,
      met: true,
    });
  });

  it('when 1.5 of 2 years, then 25 × 0.75 = 18.75 → 19 points, partial', () => {
    const result = match({}, { experienceYears: { elderly_care: 1.5 } });
    expect(earned(result, 'experience')).toEqual({ earned: 19, met: 'partial' });
  });

  it('when 1 of 4 years, then 25 × 0.25 = 6.25 → 6 points', () => {
    const result = match({ minYearsInDomain: 4 }, { experienceYears: { elderly_care: 1 } });
    expect(earned(result, 'experience')).toEqual({ earned: 6, met: 'partial' });
    expect(reasonOf(result, 'experience').label).toEqual({
      zh: '养老服务领域 1 年经验（要求 4 年）',
      en: '1 year in Elderly care (4 required)',
    });
  });

  it('when the share is tiny, then it still earns 1 point rather than reading as none', () => {
    // 0.1 of 40 years: 25 × 0.0025 = 0.06, kept at 1 so "partial" never shows 0 points.
    const result = match({ minYearsInDomain: 40 }, { experienceYears: { elderly_care: 0.1 } });
    expect(earned(result, 'experience')).toEqual({ earned: 1, met: 'partial' });
  });

  it('when there is no experience in either domain, then 0 points and the primary domain is named', () => {
    const result = match({}, { experienceYears: { child_welfare: 5 } });
    expect(earned(result, 'experience')).toEqual({ earned: 0, met: false });
    expect(reasonOf(result, 'experience').label).toEqual({
      zh: '无养老服务领域经验（要求 2 年）',
      en: 'No experience in Elderly care (2 required)',
    });
  });

  it('when the secondary domain has more years, then it counts and is named', () => {
    const result = match({}, { experienceYears: { elderly_care: 1, community_building: 2.5 } });
    expect(earned(result, 'experience')).toEqual({ earned: 25, met: true });
    expect(reasonOf(result, 'experience').label).toEqual({
      zh: '社区建设（含社区文化服务）领域 2.5 年经验（要求 2 年）',
      en: '2.5 years in Community building (incl. community culture) (2 required)',
    });
  });

  it('when the minimum is 0 and there is experience, then all 25 points', () => {
    const result = match({ minYearsInDomain: 0 }, { experienceYears: { elderly_care: 0.5 } });
    expect(earned(result, 'experience')).toEqual({ earned: 25, met: true });
    expect(reasonOf(result, 'experience').label.en).toBe('0.5 years in Elderly care (no minimum)');
  });

  it('when the minimum is 0 and there is no experience, then half: 12.5 → 13 points', () => {
    const result = match({ minYearsInDomain: 0 }, { experienceYears: {} });
    expect(earned(result, 'experience')).toEqual({ earned: 13, met: 'partial' });
    expect(reasonOf(result, 'experience').label.zh).toBe('无养老服务领域经验（不要求年限）');
  });
});

describe('matchCandidate: talent category (10)', () => {
  it('when the categories match, then 10 points', () => {
    expect(earned(match(), 'talent_category')).toEqual({ earned: 10, met: true });
  });

  it('when they differ, then 0 points and both are named', () => {
    const result = match({}, { talentCategory: 'management' });
    expect(earned(result, 'talent_category')).toEqual({ earned: 0, met: false });
    expect(reasonOf(result, 'talent_category').label).toEqual({
      zh: '人才类别为社会工作管理人才，岗位为社会工作实务人才',
      en: 'Talent category Management; position is for Practice',
    });
  });

  it('when the candidate gave none, then 0 points', () => {
    expect(earned(match({}, { talentCategory: null }), 'talent_category')).toEqual({ earned: 0, met: false });
  });
});

describe('matchCandidate: district (15)', () => {
  it('when on the same street, then 15 points', () => {
    const result = match();
    expect(earned(result, 'district')).toEqual({ earned: 15, met: true });
    expect(reasonOf(result, 'district').label).toEqual({
      zh: '与岗位同在潍坊新村街道',
      en: 'Same street/town as the position (Weifangxincun Subdistrict)',
    });
  });

  it('when in the same district on another street, then 12 points', () => {
    const result = match({}, { streetCode: lujiazui });
    expect(earned(result, 'district')).toEqual({ earned: 12, met: 'partial' });
    expect(reasonOf(result, 'district').label.zh).toBe('与岗位同在浦东新区');
  });

  it("when elsewhere but the position's district is wished for, then 9 points", () => {
    const result = match({}, { districtCode: huangpu, streetCode: null, wishes: wishes({ districtCodes: [pudong] }) });
    expect(earned(result, 'district')).toEqual({ earned: 9, met: 'partial' });
    expect(reasonOf(result, 'district').label.en).toBe('Position is in Pudong New Area, a wished district');
  });

  it('when elsewhere and not wished for, then 0 points and both districts are named', () => {
    const result = match({}, { districtCode: huangpu, streetCode: null, wishes: wishes({ districtCodes: [xuhui] }) });
    expect(earned(result, 'district')).toEqual({ earned: 0, met: false });
    expect(reasonOf(result, 'district').label).toEqual({
      zh: '所在黄浦区，岗位在浦东新区，不在期望工作区域内',
      en: 'Based in Huangpu; position is in Pudong New Area, outside the wished districts',
    });
  });

  it('when the candidate gave no place at all, then 0 points', () => {
    const result = match({}, { districtCode: null, streetCode: null, wishes: wishes({ districtCodes: [] }) });
    expect(earned(result, 'district')).toEqual({ earned: 0, met: false });
    expect(reasonOf(result, 'district').label.zh).toBe('未填写所在区，岗位在浦东新区，未填写期望工作区域');
  });
});

describe('matchCandidate: salary (15)', () => {
  const tenK = { salaryMin: 9000, salaryMax: 10_000 };

  it('when there is no salary wish, then 15 points', () => {
    const result = match({}, { wishes: wishes({ salaryMin: null }) });
    expect(earned(result, 'salary')).toEqual({ earned: 15, met: true });
    expect(reasonOf(result, 'salary').label.en).toBe('No salary expectation given; position pays ¥7,500–8,500');
  });

  it('when the wish equals the maximum, then 15 points', () => {
    expect(earned(match(tenK, { wishes: wishes({ salaryMin: 10_000 }) }), 'salary')).toEqual({ earned: 15, met: true });
  });

  it('when the wish is 15 % above the maximum, then 15 × 0.5 = 7.5 → 8 points', () => {
    const result = match(tenK, { wishes: wishes({ salaryMin: 11_500 }) });
    expect(earned(result, 'salary')).toEqual({ earned: 8, met: 'partial' });
  });

  it('when the wish is 20 % above the maximum, then 15 × ⅓ = 5 points', () => {
    expect(earned(match(tenK, { wishes: wishes({ salaryMin: 12_000 }) }), 'salary')).toEqual({
      earned: 5,
      met: 'partial',
    });
  });

  it('when the wish is 30 % or more above the maximum, then 0 points', () => {
    expect(earned(match(tenK, { wishes: wishes({ salaryMin: 13_000 }) }), 'salary')).toEqual({ earned: 0, met: false });
    expect(earned(match(tenK, { wishes: wishes({ salaryMin: 20_000 }) }), 'salary')).toEqual({ earned: 0, met: false });
  });

  it('when amounts are large, then labels group thousands and a single-figure range shows once', () => {
    const result = match({ salaryMin: 12_000, salaryMax: 12_000 }, { wishes: wishes({ salaryMin: 13_500 }) });
    expect(reasonOf(result, 'salary').label).toEqual({
      zh: '期望月薪 13,500 元，岗位 12,000 元',
      en: 'Expects ¥13,500 a month; position pays ¥12,000',
    });
  });
});

describe('matchCandidate: continuing education (10)', () => {
  it('when met, then 10 points', () => {
    expect(earned(match(), 'continuing_education')).toEqual({ earned: 10, met: true });
  });

  it('when short, then 5 points and the missing hours are named', () => {
    const result = match({}, { ceStatus: 'short', ceHoursShort: 12.5 });
    expect(earned(result, 'continuing_education')).toEqual({ earned: 5, met: 'partial' });
    expect(reasonOf(result, 'continuing_education').label).toEqual({
      zh: '继续教育本登记周期尚差 12.5 学时',
      en: 'Continuing education 12.5 hours short this registration period',
    });
  });

  it('when there is no registered certificate and the position requires none, then 10 points', () => {
    const result = match({ minCertificate: 'none' }, { ceStatus: 'no_certificate' });
    expect(earned(result, 'continuing_education')).toEqual({ earned: 10, met: true });
  });

  it('when there is no registered certificate and the position requires one, then 0 points', () => {
    const result = match({ minCertificate: 'assistant' }, { ceStatus: 'no_certificate' });
    expect(earned(result, 'continuing_education')).toEqual({ earned: 0, met: false });
  });

  it('when the registration has expired, then 0 points', () => {
    expect(earned(match({}, { ceStatus: 'expired' }), 'continuing_education')).toEqual({ earned: 0, met: false });
  });
});

describe('matchCandidate: skills (15)', () => {
  it('when the candidate has every listed skill in another letter case, then 15 points', () => {
    expect(earned(match(), 'skills')).toEqual({ earned: 15, met: true });
  });

  it('when the position lists no skills, then 15 points', () => {
    const result = match({ skills: [] }, { skills: [] });
    expect(earned(result, 'skills')).toEqual({ earned: 15, met: true });
  });

  it('when 2 of 3 skills, then 10 points and the label names the held and missing ones', () => {
    const result = match({}, { skills: ['个案工作', 'CASE MANAGEMENT'] });
    expect(earned(result, 'skills')).toEqual({ earned: 10, met: 'partial' });
    expect(reasonOf(result, 'skills').label).toEqual({
      zh: '具备岗位所列 3 项技能中的 2 项（个案工作、Case management），缺少小组工作',
      en: 'Has 2 of the 3 listed skills (个案工作, Case management); missing 小组工作',
    });
  });

  it('when 1 of 2 skills, then 15 × 0.5 = 7.5 → 8 points', () => {
    const result = match({ skills: ['个案工作', '小组工作'] }, { skills: ['小组工作'] });
    expect(earned(result, 'skills')).toEqual({ earned: 8, met: 'partial' });
  });

  it('when the position repeats a skill in another case, then it counts once', () => {
    const result = match({ skills: ['Case work', 'case work ', '小组工作'] }, { skills: ['case work'] });
    expect(earned(result, 'skills')).toEqual({ earned: 8, met: 'partial' });
  });

  it('when none of the skills, then 0 points', () => {
    expect(earned(match({}, { skills: ['督导'] }), 'skills')).toEqual({ earned: 0, met: false });
  });
});

describe('matchCandidate: availability (10)', () => {
  it('when open to work and the type is wished for, then 10 points', () => {
    expect(earned(match(), 'availability')).toEqual({ earned: 10, met: true });
  });

  it('when open to work with no type wish, then 10 points', () => {
    const result = match({}, { wishes: wishes({ employmentTypes: [] }) });
    expect(earned(result, 'availability')).toEqual({ earned: 10, met: true });
  });

  it('when open to work but wishing for other types, then 6 points', () => {
    const result = match({}, { wishes: wishes({ employmentTypes: ['part_time', 'project'] }) });
    expect(earned(result, 'availability')).toEqual({ earned: 6, met: 'partial' });
    expect(reasonOf(result, 'availability').label).toEqual({
      zh: '正在求职；期望兼职、项目制，岗位为全职',
      en: 'Open to work; wants Part-time or Project-based; position is Full-time',
    });
  });

  it('when not open to work but the type is wished for, then 4 points', () => {
    expect(earned(match({}, { openToWork: false }), 'availability')).toEqual({ earned: 4, met: 'partial' });
  });

  it('when not open to work and wishing for other types, then 0 points', () => {
    const result = match({}, { openToWork: false, wishes: wishes({ employmentTypes: ['internship'] }) });
    expect(earned(result, 'availability')).toEqual({ earned: 0, met: false });
  });
});

describe('matchCandidate: a realistic case', () => {
  it('when a 社会工作师 with 3 years in elderly care expects 9,000 against 7,500–8,500, then 89', () => {
    // Requirements: 社会工作师 (rank 2) ≥ 助理 (1); 本科 (3) ≥ 大专 (2); not listed; public → eligible.
    // experience 3 ≥ 2 years                                   25
    // district   陆家嘴 vs 潍坊新村, both in 浦东新区              12
    // salary     500 over 8,500 = 5.88 %; 15 × (1 − 5.88/30)
    //            = 15 × 0.8039 = 12.06                         12
    // skills     2 of 3 → 15 × ⅔                               10
    // category   practice = practice                          10
    // CE         met                                          10
    // available  open (6) + full-time wished (4)              10
    // total                                                   89
    const result = match(
      { skills: ['个案工作', '小组工作', '社区营造'] },
      {
        streetCode: lujiazui,
        skills: ['个案工作', '小组工作'],
        wishes: wishes({ salaryMin: 9000 }),
      },
    );
    expect(result.eligible).toBe(true);
    expect(result.score).toBe(89);
    expect(result.reasons.map((r) => [r.code, r.earned])).toEqual([
      ['certificate', 0],
      ['education', 0],
      ['hide_from', 0],
      ['visibility', 0],
      ['experience', 25],
      ['district', 12],
      ['salary', 12],
      ['skills', 10],
      ['talent_category', 10],
      ['continuing_education', 10],
      ['availability', 10],
    ]);
    expect(reasonOf(result, 'certificate').label).toEqual({
      zh: '持有社会工作师，岗位要求助理社会工作师及以上',
      en: 'Holds Social worker; position requires Assistant social worker or higher',
    });
    expect(reasonOf(result, 'experience').label).toEqual({
      zh: '养老服务领域 3 年经验（要求 2 年）',
      en: '3 years in Elderly care (2 required)',
    });
    expect(reasonOf(result, 'salary').label).toEqual({
      zh: '期望月薪 9,000 元，岗位 7,500–8,500 元',
      en: 'Expects ¥9,000 a month; position pays ¥7,500–8,500',
    });
    expect(reasonOf(result, 'salary')).toMatchObject({ kind: 'fit', met: 'partial', weight: 15 });
  });

  it('when the highest certificate level is required, then the label has no "or higher"', () => {
    const result = match({ minCertificate: 'senior' }, { highestCertificate: 'senior' });
    expect(reasonOf(result, 'certificate').label).toEqual({
      zh: '持有高级社会工作师，岗位要求高级社会工作师',
      en: 'Holds Senior social worker; position requires Senior social worker',
    });
  });
});

describe('rankMatches', () => {
  const withId = (id: string, p: Partial<MatchPosition>, c: Partial<MatchCandidate>) => ({ id, ...match(p, c) });

  it('when results differ in eligibility and score, then eligible ones come first, highest score first', () => {
    const ineligible = withId('ineligible', { minCertificate: 'senior' }, {});
    const low = withId('low', {}, { skills: [] }); // 85
    const high = withId('high', {}, {}); // 100
    const ranked = rankMatches([ineligible, low, high]);
    expect(ranked.map((r) => r.id)).toEqual(['high', 'low', 'ineligible']);
  });

  it('when an ineligible result would have fit better, then it still ranks below an eligible one', () => {
    const ineligible = withId('ineligible', { minCertificate: 'senior' }, {});
    const weak = withId('weak', {}, { experienceYears: {}, skills: [], openToWork: false }); // 100 − 25 − 15 − 6 = 54
    expect(weak.score).toBe(54);
    expect(rankMatches([ineligible, weak]).map((r) => r.id)).toEqual(['weak', 'ineligible']);
  });

  it('when scores tie, then the more points on the heavier criterion wins', () => {
    // Both 85: one lacks the skills (−15), the other the district (−15). Experience ties at 25,
    // so district (15 points, listed before skills) decides.
    const noSkills = withId('no-skills', {}, { skills: [] });
    const farAway = withId('far-away', {}, { districtCode: xuhui, streetCode: null });
    expect([noSkills.score, farAway.score]).toEqual([85, 85]);
    expect(rankMatches([farAway, noSkills]).map((r) => r.id)).toEqual(['no-skills', 'far-away']);
  });

  it('when results tie on everything, then the input order is kept and the input is not changed', () => {
    const a = withId('a', {}, {});
    const b = withId('b', {}, {});
    const input = [b, a];
    expect(rankMatches(input).map((r) => r.id)).toEqual(['b', 'a']);
    expect(input.map((r) => r.id)).toEqual(['b', 'a']);
    expect(rankMatches(input)).not.toBe(input);
  });
});

import { describe, expect, it } from 'vitest';
import type { CertificateLike, EducationLike, TalentRecordLike } from './talent.js';
import {
  certificateCounts,
  hasSocialWorkDegree,
  highestCertificate,
  isCertifiedSocialWorker,
  isSocialWorkTalent,
  provenTrainingHours,
  talentGrounds,
} from './talent.js';

const record = (over: Partial<TalentRecordLike> = {}): TalentRecordLike => ({
  education: [],
  certificates: [],
  training: [],
  ...over,
});
const swDiploma: EducationLike = { level: 'diploma', field: 'social_work' };
const relatedMaster: EducationLike = { level: 'master', field: 'related' };
const otherBachelor: EducationLike = { level: 'bachelor', field: 'other' };
const swSecondary: EducationLike = { level: 'secondary', field: 'social_work' };
const verifiedAssistant: CertificateLike = { level: 'assistant', status: 'verified' };
const claimedSenior: CertificateLike = { level: 'senior', status: 'claimed' };

describe('isSocialWorkTalent', () => {
  it('when the person has nothing but an unrelated bachelor, then they are not social-work talent', () => {
    expect(isSocialWorkTalent(record({ education: [otherBachelor] }))).toBe(false);
  });

  it('when the person has a social-work diploma (大专), then they are talent on education grounds', () => {
    expect(talentGrounds(record({ education: [swDiploma] }))).toEqual(['education']);
  });

  it('when the person has a related master, then they are talent', () => {
    expect(isSocialWorkTalent(record({ education: [relatedMaster] }))).toBe(true);
  });

  it('when the social-work study is below diploma or still in progress, then it does not count', () => {
    expect(isSocialWorkTalent(record({ education: [swSecondary] }))).toBe(false);
    expect(isSocialWorkTalent(record({ education: [{ ...swDiploma, inProgress: true }] }))).toBe(false);
  });

  it('when the person holds a verified certificate and an unrelated degree, then they are talent', () => {
    expect(talentGrounds(record({ education: [otherBachelor], certificates: [verifiedAssistant] }))).toEqual([
      'certificate',
    ]);
  });

  it('when proven training adds up to exactly 120 hours, then they are talent', () => {
    const training = [
      { hours: 80, hasProof: true },
      { hours: 40, hasProof: true },
    ];
    expect(talentGrounds(record({ training }))).toEqual(['training']);
  });

  it('when 119.5 hours are proven and 40 more lack proof, then they are not talent', () => {
    const training = [
      { hours: 119.5, hasProof: true },
      { hours: 40, hasProof: false },
    ];
    expect(provenTrainingHours(training)).toBe(119.5);
    expect(isSocialWorkTalent(record({ training }))).toBe(false);
  });

  it('when all three grounds hold, then all three are listed in order', () => {
    const r = record({
      education: [swDiploma],
      certificates: [verifiedAssistant],
      training: [{ hours: 200, hasProof: true }],
    });
    expect(talentGrounds(r)).toEqual(['education', 'certificate', 'training']);
  });
});

describe('certificate verification', () => {
  it('when a certificate is only claimed, then by default it does not count', () => {
    expect(isSocialWorkTalent(record({ certificates: [claimedSenior] }))).toBe(false);
    expect(isCertifiedSocialWorker(record({ certificates: [claimedSenior] }))).toBe(false);
  });

  it('when claims are allowed to count, then a claimed certificate counts', () => {
    expect(isCertifiedSocialWorker(record({ certificates: [claimedSenior] }), { countClaimed: true })).toBe(true);
  });

  it('when a certificate was refused, then it never counts, even when claims count', () => {
    const refused: CertificateLike = { level: 'senior', status: 'refused' };
    expect(certificateCounts(refused, { countClaimed: true })).toBe(false);
    expect(isSocialWorkTalent(record({ certificates: [refused] }), { countClaimed: true })).toBe(false);
  });
});

describe('isCertifiedSocialWorker', () => {
  it('when the person has only 300 proven training hours, then they are talent but not certified', () => {
    const r = record({ training: [{ hours: 300, hasProof: true }] });
    expect(isSocialWorkTalent(r)).toBe(true);
    expect(isCertifiedSocialWorker(r)).toBe(false);
  });

  it('when the person has a related diploma and no certificate, then they count as certified (glossary 4)', () => {
    expect(isCertifiedSocialWorker(record({ education: [{ level: 'diploma', field: 'related' }] }))).toBe(true);
  });

  it('when the person has a verified certificate, then they are certified', () => {
    expect(isCertifiedSocialWorker(record({ certificates: [verifiedAssistant] }))).toBe(true);
  });
});

describe('highestCertificate', () => {
  it('when there is no counted certificate, then it is null', () => {
    expect(highestCertificate([claimedSenior, { level: 'assistant', status: 'refused' }])).toBeNull();
  });

  it('when a verified assistant and a claimed senior are held, then by default the assistant is highest', () => {
    expect(highestCertificate([claimedSenior, verifiedAssistant])).toBe(verifiedAssistant);
  });

  it('when claims count, then the claimed senior is highest', () => {
    expect(highestCertificate([verifiedAssistant, claimedSenior], { countClaimed: true })).toBe(claimedSenior);
  });

  it('when two certificates share a level, then the verified one wins, then the later registration', () => {
    const claimed = { level: 'social_worker', status: 'claimed', registrationValidUntil: '2030-01-01' } as const;
    const older = { level: 'social_worker', status: 'verified', registrationValidUntil: '2024-06-30' } as const;
    const newer = { level: 'social_worker', status: 'verified', registrationValidUntil: '2027-06-30' } as const;
    expect(highestCertificate([claimed, older], { countClaimed: true })).toBe(older);
    expect(highestCertificate([older, newer, verifiedAssistant])).toBe(newer);
  });
});

describe('hasSocialWorkDegree', () => {
  it('when a related bachelor is checked against a social-work-only bachelor bar, then it fails', () => {
    const education: EducationLike[] = [{ level: 'bachelor', field: 'related' }];
    expect(hasSocialWorkDegree(education, { level: 'bachelor', includeRelated: false })).toBe(false);
    expect(hasSocialWorkDegree(education, { level: 'bachelor', includeRelated: true })).toBe(true);
  });
});

import {
  type CeRule,
  type CertificateLevelCode,
  continuingEducationStatus,
  type DeclarableSection,
  type EducationLevelCode,
  experienceYearsByDomain,
  highestCertificate,
  isCertifiedSocialWorker,
  isSocialWorkTalent,
  type MajorField,
  type ProfileComputed,
  profileCompleteness,
  talentGrounds,
  totalExperienceYears,
} from '@shsw/shared';
import type { ProfileDoc } from './profile.model.js';

type RuleInput = Parameters<typeof isSocialWorkTalent>[0];

/** Stored codes were validated by the shared schemas on the way in; here they are read back as such. */
function ruleInput(p: ProfileDoc): RuleInput {
  return {
    education: p.education.map((e) => ({
      level: e.level as EducationLevelCode,
      field: e.field as MajorField,
      inProgress: e.inProgress,
    })),
    certificates: p.certificates.map((c) => ({
      level: c.level as CertificateLevelCode,
      status: c.status,
      registrationValidUntil: c.registrationValidUntil,
    })),
    training: p.training.map((t) => ({ hours: t.hours, hasProof: t.hasProof })),
  };
}

/** Everything the plan's glossary defines, computed from the record as of `asOf` — never typed in. */
export function computeProfile(p: ProfileDoc, ceRule: CeRule, asOf: Date): ProfileComputed {
  const input = ruleInput(p);
  const highest = highestCertificate(input.certificates);
  const provisional = highestCertificate(input.certificates, { countClaimed: true });
  const entries = p.serviceHistory.map((e) => ({
    domains: e.domains,
    from: e.from,
    to: e.to,
  }));
  const ce = continuingEducationStatus(
    {
      certificates: input.certificates,
      records: p.continuingEducation.map((r) => ({ date: r.date, hours: r.hours })),
    },
    asOf,
    ceRule,
  );
  const completeness = profileCompleteness({
    personal: p.personal,
    education: p.education,
    certificates: p.certificates,
    serviceHistory: p.serviceHistory,
    continuingEducation: p.continuingEducation,
    serviceDomains: p.serviceDomains,
    skills: p.skills,
    wishes: p.wishes,
    declaredNone: p.declaredNone as DeclarableSection[],
  });
  return {
    isTalent: isSocialWorkTalent(input),
    talentGrounds: talentGrounds(input),
    isCertified: isCertifiedSocialWorker(input),
    highestCertificate: highest?.level ?? null,
    provisionalHighestCertificate: provisional?.level ?? null,
    ce,
    experienceYears: experienceYearsByDomain<string>(entries, asOf) as Record<string, number>,
    totalExperienceYears: totalExperienceYears(entries, asOf),
    completeness,
  };
}

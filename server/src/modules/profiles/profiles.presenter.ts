import { maskName, maskPhone, type OwnProfile, type TalentView } from '@shsw/shared';
import type { ProfileDoc } from './profile.model.js';

type Computed = OwnProfile['computed'];

const emptyComputed: Computed = {
  isTalent: false,
  talentGrounds: [],
  isCertified: false,
  highestCertificate: null,
  provisionalHighestCertificate: null,
  ce: {
    status: 'no_certificate',
    level: null,
    required: 0,
    completed: 0,
    hoursShort: 0,
    cycleStart: null,
    cycleEnd: null,
    reminderDue: false,
  },
  experienceYears: {},
  totalExperienceYears: 0,
  completeness: { percent: 0, missing: [] },
};

/** The holder's own view: everything they entered, the ID card only masked. Codes were validated on write. */
export function presentOwnProfile(p: ProfileDoc): OwnProfile {
  return {
    id: String(p._id),
    personal: {
      name: p.personal.name,
      birthYear: p.personal.birthYear,
      gender: p.personal.gender as OwnProfile['personal']['gender'],
      districtCode: p.personal.districtCode,
      streetCode: p.personal.streetCode,
      mobile: p.personal.mobile,
      email: p.personal.email,
    },
    idCard: p.idCard ? { masked: p.idCard.masked, consentedAt: p.idCard.consentedAt.toISOString() } : null,
    education: p.education as OwnProfile['education'],
    certificates: p.certificates.map((c) => ({
      id: c.id,
      level: c.level as OwnProfile['certificates'][number]['level'],
      number: c.number,
      yearObtained: c.yearObtained,
      registrationValidUntil: c.registrationValidUntil,
      status: c.status,
      verifiedBy: c.verifiedBy,
      decidedAt: c.decidedAt?.toISOString() ?? null,
      refusalReason: c.refusalReason,
    })),
    training: p.training,
    continuingEducation: p.continuingEducation,
    serviceHistory: p.serviceHistory.map((e) => ({
      ...e,
      organisationId: e.organisationId ? String(e.organisationId) : null,
    })) as OwnProfile['serviceHistory'],
    serviceDomains: p.serviceDomains as OwnProfile['serviceDomains'],
    skills: p.skills,
    talentCategory: p.talentCategory as OwnProfile['talentCategory'],
    communityWorker: p.communityWorker,
    languages: p.languages,
    wishes: p.wishes as OwnProfile['wishes'],
    openToWork: p.openToWork,
    visibility: p.visibility,
    hideFrom: p.hideFrom,
    declaredNone: p.declaredNone as OwnProfile['declaredNone'],
    computed: p.computed ?? emptyComputed,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** What an organisation or the bureau sees: no ID card, no e-mail, masked name and mobile, no hide-from list. */
export function presentTalentView(p: ProfileDoc): TalentView {
  const own = presentOwnProfile(p);
  const { provisionalHighestCertificate: _p, completeness: _c, ...computed } = own.computed;
  return {
    id: own.id,
    maskedName: maskName(p.personal.name),
    birthYear: p.personal.birthYear,
    districtCode: p.personal.districtCode,
    streetCode: p.personal.streetCode,
    maskedMobile: p.personal.mobile ? maskPhone(p.personal.mobile) : null,
    education: own.education.map(({ id: _id, ...e }) => e),
    certificates: own.certificates
      .filter((c) => c.status !== 'refused')
      .map((c) => ({ level: c.level, yearObtained: c.yearObtained, status: c.status })),
    serviceHistory: own.serviceHistory.map(({ id: _id, organisationId: _o, ...e }) => e),
    continuingEducationHours: computed.ce.completed,
    serviceDomains: own.serviceDomains,
    skills: own.skills,
    talentCategory: own.talentCategory,
    communityWorker: own.communityWorker,
    languages: own.languages,
    wishes: own.wishes,
    openToWork: own.openToWork,
    computed,
  };
}

import type { OwnProfile, ReadinessItem } from '@shsw/shared';
import type { FormSection } from './profile-section-form';

/** Every step of the record, in the order the editor walks them. */
export const profileSections = [
  'personal',
  'education',
  'certificates',
  'serviceHistory',
  'expertise',
  'training',
  'continuingEducation',
  'wishes',
  'visibility',
  'idCard',
] as const satisfies readonly (FormSection | 'idCard')[];
export type ProfileSection = (typeof profileSections)[number];

/** The section's address: `/me/profile/continuing-education`. */
export const sectionSlug = (section: ProfileSection) => section.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const sectionPath = (section: ProfileSection) => `/me/profile/${sectionSlug(section)}`;
export const sectionOfSlug = (slug: string | undefined): ProfileSection | undefined =>
  profileSections.find((s) => sectionSlug(s) === slug);

/** The completeness rule's sections, by the step that edits each. */
const completenessSection: Partial<Record<ProfileSection, string>> = {
  personal: 'personal',
  education: 'education',
  certificates: 'certificates',
  serviceHistory: 'serviceHistory',
  continuingEducation: 'continuingEducation',
  expertise: 'domainsSkills',
  wishes: 'wishes',
};

export const stepOfCompleteness = (missing: string): ProfileSection | undefined =>
  profileSections.find((s) => completenessSection[s] === missing);

export type SectionState =
  | { kind: 'missing' }
  | { kind: 'items'; count: number }
  | { kind: 'declaredNone' }
  | { kind: 'complete' }
  | { kind: 'optional' };

const listOf = (profile: OwnProfile, section: ProfileSection): readonly unknown[] | null => {
  switch (section) {
    case 'education':
    case 'certificates':
    case 'serviceHistory':
    case 'training':
    case 'continuingEducation':
      return profile[section];
    default:
      return null;
  }
};

/** What the overview says of a section: missing (by the completeness rule), n entries, or done. */
export function sectionState(profile: OwnProfile, section: ProfileSection): SectionState {
  const rule = completenessSection[section];
  if (rule && profile.computed.completeness.missing.includes(rule)) return { kind: 'missing' };
  if (section === 'idCard') return profile.idCard ? { kind: 'complete' } : { kind: 'optional' };
  const list = listOf(profile, section);
  if (!list) return { kind: 'complete' };
  if (list.length > 0) return { kind: 'items', count: list.length };
  if ((profile.declaredNone as readonly string[]).includes(section)) return { kind: 'declaredNone' };
  return rule ? { kind: 'missing' } : { kind: 'optional' };
}

/** Where each item applying needs is filled in. */
export const readinessStep: Record<ReadinessItem, ProfileSection> = {
  contact: 'personal',
  district: 'personal',
  education: 'education',
  domain: 'expertise',
};

import type { OwnProfile } from '@shsw/shared';
import type { ComponentType } from 'react';
import { CertificatesSection } from './certificates-section';
import { ContinuingEducationSection } from './continuing-education-section';
import { EducationSection } from './education-section';
import { ExpertiseSection } from './expertise-section';
import { IdCardPanel } from './id-card-panel';
import { PersonalSection } from './personal-section';
import type { ProfileSection } from './profile-sections';
import { ServiceHistorySection } from './service-history-section';
import { TrainingSection } from './training-section';
import { VisibilitySection } from './visibility-section';
import { WishesSection } from './wishes-section';

const editors: Record<ProfileSection, ComponentType<{ profile: OwnProfile }>> = {
  personal: PersonalSection,
  education: EducationSection,
  certificates: CertificatesSection,
  serviceHistory: ServiceHistorySection,
  expertise: ExpertiseSection,
  training: TrainingSection,
  continuingEducation: ContinuingEducationSection,
  wishes: WishesSection,
  visibility: VisibilitySection,
  idCard: IdCardPanel,
};

/** The form of one section, saved on its own. */
export function SectionEditor({ section, profile }: { section: ProfileSection; profile: OwnProfile }) {
  const Editor = editors[section];
  return <Editor profile={profile} />;
}

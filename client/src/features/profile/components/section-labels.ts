import type { TFunction } from 'i18next';
import type { ProfileSection, SectionState } from './profile-sections';

export const sectionTitle = (t: TFunction, section: ProfileSection) =>
  section === 'idCard' ? t('profile.idCard.title') : t(`profile.sections.${section}.title`);

export function stateLabel(t: TFunction, state: SectionState): string {
  switch (state.kind) {
    case 'items':
      return t('profileSteps.state.items', { count: state.count });
    default:
      return t(`profileSteps.state.${state.kind}`);
  }
}

import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './section-nav.module.css';

/** Scrolls to a section and moves focus there, so keyboard and screen-reader users land on it too. */
export function goToSection(event: MouseEvent<HTMLAnchorElement>, anchor: string) {
  event.preventDefault(); // a plain #hash jump would go through the router as a navigation
  const section = document.getElementById(anchor);
  section?.scrollIntoView({ block: 'start' });
  section?.focus({ preventScroll: true });
}

const sections = [
  'personal',
  'education',
  'certificates',
  'training',
  'continuingEducation',
  'serviceHistory',
  'expertise',
  'wishes',
  'visibility',
  'idCard',
] as const;

/** Links to every part of the long record. */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('profile.sectionNav')} className={styles.nav}>
      <ul>
        {sections.map((id) => (
          <li key={id}>
            <a href={`#${id}`} onClick={(event) => goToSection(event, id)}>
              {id === 'idCard' ? t('profile.idCard.title') : t(`profile.sections.${id}.title`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

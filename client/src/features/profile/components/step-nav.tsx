import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { OwnProfile } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ProfileSection, profileSections, sectionPath, sectionState } from './profile-sections';
import { sectionTitle, stateLabel } from './section-labels';
import styles from './step-nav.module.css';

/** The record's steps with their states: beside the form on wide screens, a scrolling list on top on phones. */
export function StepNav({ current, profile }: { current: ProfileSection; profile: OwnProfile }) {
  const { t } = useTranslation();
  const { percent } = profile.computed.completeness;
  return (
    <nav aria-label={t('profileSteps.nav')} className={styles.nav}>
      <p className={styles.percent}>
        <Link to="/me/profile">{t('profileSteps.backToOverview')}</Link>
        <span>
          {t('profileSteps.completeness')} <span data-testid="completeness-percent">{percent}%</span>
        </span>
      </p>
      <ol className={styles.steps}>
        {profileSections.map((section, index) => {
          const state = sectionState(profile, section);
          const here = section === current;
          return (
            <li key={section} className={here ? styles.current : undefined}>
              <Link to={sectionPath(section)} aria-current={here ? 'step' : undefined}>
                <span className={styles.number}>{index + 1}</span>
                <span className={styles.name}>{sectionTitle(t, section)}</span>
                <span className={styles[state.kind] ?? styles.state}>
                  {state.kind === 'missing' ? (
                    <ExclamationCircleOutlined aria-hidden />
                  ) : state.kind !== 'optional' ? (
                    <CheckCircleOutlined aria-hidden />
                  ) : null}{' '}
                  {stateLabel(t, state)}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

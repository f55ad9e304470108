import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useProfile } from '../api/get-profile';
import { type ProfileSection, profileSections, sectionPath } from './profile-sections';
import styles from './profile-step.module.css';
import { SectionEditor } from './section-editor';
import { sectionTitle } from './section-labels';
import { StepNav } from './step-nav';

/** One step of the record: its form (saved on its own), the steps list, and 上一步/下一步. */
export function ProfileStep({ section }: { section: ProfileSection }) {
  const { t } = useTranslation();
  const profile = useProfile();
  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  const index = profileSections.indexOf(section);
  const previous = profileSections[index - 1];
  const next = profileSections[index + 1];
  return (
    <div className={styles.layout}>
      <StepNav current={section} profile={profile.data} />
      <div className={styles.main}>
        <p className={styles.stepOf}>{t('profileSteps.stepOf', { n: index + 1, total: profileSections.length })}</p>
        <SectionEditor section={section} profile={profile.data} />
        <nav aria-label={t('profileSteps.pager')} className={styles.pager}>
          {previous ? (
            <ButtonLink to={sectionPath(previous)} icon={<ArrowLeftOutlined aria-hidden />}>
              {t('profileSteps.previous', { section: sectionTitle(t, previous) })}
            </ButtonLink>
          ) : (
            <ButtonLink to="/me/profile">{t('profileSteps.backToOverview')}</ButtonLink>
          )}
          {next ? (
            <ButtonLink
              to={sectionPath(next)}
              type="primary"
              icon={<ArrowRightOutlined aria-hidden />}
              iconPlacement="end"
            >
              {t('profileSteps.next', { section: sectionTitle(t, next) })}
            </ButtonLink>
          ) : (
            <ButtonLink to="/me/profile" type="primary">
              {t('profileSteps.done')}
            </ButtonLink>
          )}
        </nav>
        <p className={styles.hint}>{t('profileSteps.saveHint')}</p>
      </div>
    </div>
  );
}

import { EyeOutlined } from '@ant-design/icons';
import { applicationReadiness, type OwnProfile } from '@shsw/shared';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useProfile } from '../api/get-profile';
import styles from './profile-overview.module.css';
import {
  type ProfileSection,
  profileSections,
  readinessStep,
  sectionOfSlug,
  sectionPath,
  sectionState,
} from './profile-sections';
import { ProfileSummary } from './profile-summary';
import { sectionTitle, stateLabel } from './section-labels';

/** Old links (`/me/profile#certificates`, a notification's) open that section's step. */
function sectionOfHash(hash: string): ProfileSection | undefined {
  const name = hash.replace(/^#/, '');
  return sectionOfSlug(name) ?? profileSections.find((s) => s === name);
}

/** `/me/profile`: completeness, what applying still needs, and every section with its state and an edit link. */
export function ProfileOverview() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const profile = useProfile();
  const fromHash = sectionOfHash(hash);
  if (fromHash) return <Navigate to={sectionPath(fromHash)} replace />;
  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  const data = profile.data;
  return (
    <div className={styles.overview}>
      <ProfileSummary profile={data} />
      <ApplyReadiness profile={data} />
      <section aria-labelledby="sections-title" className={styles.card}>
        <h2 id="sections-title" className={styles.title}>
          {t('profileSteps.sectionsTitle')}
        </h2>
        <ol className={styles.rows}>
          {profileSections.map((section) => {
            const state = sectionState(data, section);
            const title = sectionTitle(t, section);
            return (
              <li key={section} className={styles.row} data-testid={`section-row-${section}`}>
                <span className={styles.name}>{title}</span>
                <span className={state.kind === 'missing' ? styles.missing : styles.state}>{stateLabel(t, state)}</span>
                <Link to={sectionPath(section)} aria-label={t('profileSteps.editSection', { section: title })}>
                  {t('profileSteps.edit')}
                </Link>
              </li>
            );
          })}
        </ol>
      </section>
      <p>
        <Link to="/me/views">
          <EyeOutlined aria-hidden /> {t('account.views')}
        </Link>
      </p>
    </div>
  );
}

function ApplyReadiness({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const { ready, missing } = applicationReadiness(profile);
  if (ready) return <Alert type="success" showIcon title={t('readiness.ready')} data-testid="apply-readiness" />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="apply-readiness"
      title={t('readiness.needs', {
        items: missing.map((item) => t(`readiness.items.${item}`)).join(t('errors.listSeparator')),
      })}
      description={
        <ul className={styles.needs}>
          {missing.map((item) => (
            <li key={item}>
              <Link to={sectionPath(readinessStep[item])}>{t(`readiness.fill.${item}`)}</Link>
            </li>
          ))}
        </ul>
      }
    />
  );
}

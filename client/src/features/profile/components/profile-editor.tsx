import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useProfile } from '../api/get-profile';
import { CertificatesSection } from './certificates-section';
import { ContinuingEducationSection } from './continuing-education-section';
import { EducationSection } from './education-section';
import { ExpertiseSection } from './expertise-section';
import { IdCardPanel } from './id-card-panel';
import { PersonalSection } from './personal-section';
import styles from './profile-editor.module.css';
import { ProfileSummary } from './profile-summary';
import { SectionNav } from './section-nav';
import { ServiceHistorySection } from './service-history-section';
import { TrainingSection } from './training-section';
import { VisibilitySection } from './visibility-section';
import { WishesSection } from './wishes-section';

/** The talent record, section by section; each section is saved on its own. */
export function ProfileEditor() {
  const { t } = useTranslation();
  const profile = useProfile();
  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <QueryError error={profile.error} onRetry={() => void profile.refetch()} />;
  const data = profile.data;
  return (
    <div className={styles.editor}>
      <ProfileSummary profile={data} />
      <div className={styles.links}>
        <SectionNav />
        <Link to="/me/views" className={styles.views}>
          <EyeOutlined aria-hidden /> {t('account.views')}
        </Link>
      </div>
      <PersonalSection profile={data} />
      <EducationSection profile={data} />
      <CertificatesSection profile={data} />
      <TrainingSection profile={data} />
      <ContinuingEducationSection profile={data} />
      <ServiceHistorySection profile={data} />
      <ExpertiseSection profile={data} />
      <WishesSection profile={data} />
      <VisibilitySection profile={data} />
      <IdCardPanel profile={data} />
    </div>
  );
}

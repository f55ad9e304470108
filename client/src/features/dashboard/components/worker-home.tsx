import type { CompletenessSection } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApplicationStatusTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../lib/format';
import { useApplicationsNeedingAction, useOwnProfile, usePendingInvitations, useTopMatches } from '../api/worker-home';
import { DashCard, Figure } from './dash-card';
import styles from './dashboard.module.css';
import { UnreadMessagesCard } from './messages-card';

/** Where each completeness section is edited on the profile page. */
const sectionAnchors: Record<CompletenessSection, string> = {
  personal: 'personal',
  education: 'education',
  certificates: 'certificates',
  serviceHistory: 'serviceHistory',
  continuingEducation: 'continuingEducation',
  domainsSkills: 'expertise',
  wishes: 'wishes',
};

function ProfileCard() {
  const { t } = useTranslation();
  const profile = useOwnProfile();
  const completeness = profile.data?.computed.completeness;
  const next = completeness?.missing[0] as CompletenessSection | undefined;
  return (
    <DashCard
      id="profile"
      title={t('dashboard.worker.profile.title')}
      queries={[profile]}
      action={{
        to: next ? `/me/profile#${sectionAnchors[next] ?? next}` : '/me/profile',
        label: next ? t('dashboard.worker.profile.fill') : t('dashboard.worker.profile.open'),
      }}
    >
      {() => (
        <>
          <Figure
            value={`${completeness?.percent ?? 0}%`}
            caption={t('dashboard.worker.profile.caption')}
            testId="profile-percent"
          />
          <p data-testid="profile-next">
            {next
              ? t('dashboard.worker.profile.next', { section: t(`profile.summary.sections.${next}`) })
              : t('dashboard.worker.profile.complete')}
          </p>
        </>
      )}
    </DashCard>
  );
}

function InvitationsCard() {
  const { t } = useTranslation();
  const invitations = usePendingInvitations();
  const items = invitations.data ?? [];
  return (
    <DashCard
      id="invitations"
      title={t('dashboard.worker.invitations.title')}
      queries={[invitations]}
      action={{ to: '/me/invitations', label: t('dashboard.worker.invitations.open') }}
    >
      {() =>
        items.length === 0 ? (
          <p className={styles.muted}>{t('dashboard.worker.invitations.empty')}</p>
        ) : (
          <>
            <Figure
              value={items.length}
              caption={t('dashboard.worker.invitations.caption')}
              testId="invitations-count"
            />
            <ul className={styles.list}>
              {items.slice(0, 3).map((invitation) => (
                <li key={invitation.id}>
                  <Link to={`/positions/${invitation.position.id}`}>{invitation.position.title}</Link>
                  <span className={styles.muted}>{invitation.organisation.name}</span>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </DashCard>
  );
}

function ApplicationsCard() {
  const { t } = useTranslation();
  const applications = useApplicationsNeedingAction();
  const items = applications.data ?? [];
  return (
    <DashCard
      id="applications"
      title={t('dashboard.worker.applications.title')}
      queries={[applications]}
      action={
        items.length === 0
          ? { to: '/positions', label: t('dashboard.worker.applications.find') }
          : { to: '/me/applications', label: t('dashboard.worker.applications.open') }
      }
    >
      {() =>
        items.length === 0 ? (
          <p className={styles.muted}>{t('dashboard.worker.applications.empty')}</p>
        ) : (
          <>
            <Figure
              value={items.length}
              caption={t('dashboard.worker.applications.caption')}
              testId="applications-count"
            />
            <ul className={styles.list}>
              {items.slice(0, 3).map((application) => (
                <li key={application.id}>
                  <span>{application.position.title}</span>
                  <ApplicationStatusTag status={application.status} />
                  {application.interview && (
                    <span className={styles.muted}>
                      {t('dashboard.worker.applications.interviewAt', {
                        at: formatDateTime(application.interview.at),
                      })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )
      }
    </DashCard>
  );
}

function MatchesCard() {
  const { t } = useTranslation();
  const matches = useTopMatches();
  const items = matches.data ?? [];
  return (
    <DashCard
      id="matches"
      title={t('dashboard.worker.matches.title')}
      queries={[matches]}
      action={{ to: '/me/matches', label: t('dashboard.worker.matches.open') }}
    >
      {() =>
        items.length === 0 ? (
          <p className={styles.muted}>{t('dashboard.worker.matches.empty')}</p>
        ) : (
          <ul className={styles.list} data-testid="matches-list">
            {items.map((match) => (
              <li key={match.position.id}>
                <Link to={`/positions/${match.position.id}`}>{match.position.title}</Link>
                <span className={styles.muted}>{match.position.orgName}</span>
              </li>
            ))}
          </ul>
        )
      }
    </DashCard>
  );
}

/** A worker's home: the record's next step, what waits for an answer, new matches, messages. */
export function WorkerHome() {
  return (
    <div className={styles.grid}>
      <ProfileCard />
      <InvitationsCard />
      <ApplicationsCard />
      <MatchesCard />
      <UnreadMessagesCard />
    </div>
  );
}

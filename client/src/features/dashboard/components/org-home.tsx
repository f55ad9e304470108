import type { Position, SentInvitation } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OrganisationStatusTag, PositionStatusTag } from '../../../components/status-tag';
import { useMyOrganisation, useOrgPositions, useSentInvitations } from '../api/org-home';
import { DashCard, daysSince, Figure } from './dash-card';
import styles from './dashboard.module.css';
import { UnreadMessagesCard } from './messages-card';

/** Today on the Shanghai calendar, `YYYY-MM-DD`: deadlines are Shanghai days. */
function shanghaiDay(now: number): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

type Attention = 'draft' | 'deadlineSoon' | 'expired';

/** Why a position needs the organisation's attention now, if it does. */
export function attentionOf(position: Position, now = Date.now()): Attention | null {
  if (position.status === 'draft') return 'draft';
  // Closed by its deadline lately: to extend and reopen, or let go.
  if (position.status === 'expired') {
    const closedAt = position.statusHistory.at(-1)?.at;
    return closedAt && now - Date.parse(closedAt) <= 14 * 86_400_000 ? 'expired' : null;
  }
  if (position.status === 'open' && position.deadline) {
    if (position.deadline <= shanghaiDay(now + 7 * 86_400_000)) return 'deadlineSoon';
  }
  return null;
}

function VerificationCard() {
  const { t } = useTranslation();
  const organisation = useMyOrganisation();
  const org = organisation.data;
  return (
    <DashCard
      id="verification"
      title={t('dashboard.org.verification.title')}
      queries={[organisation]}
      action={{
        to: '/org',
        label: org ? t('dashboard.org.verification.open') : t('dashboard.org.verification.register'),
      }}
    >
      {() =>
        org ? (
          <>
            <p>
              <strong>{org.name}</strong> <OrganisationStatusTag status={org.status} />
            </p>
            <p className={styles.muted}>{t(`dashboard.org.verification.${org.status}`)}</p>
          </>
        ) : (
          <p className={styles.muted}>{t('dashboard.org.verification.none')}</p>
        )
      }
    </DashCard>
  );
}

function AttentionCard({ positions }: { positions: ReturnType<typeof useOrgPositions> }) {
  const { t } = useTranslation();
  const flagged = (positions.data ?? []).flatMap((position) => {
    const why = attentionOf(position);
    return why ? [{ position, why }] : [];
  });
  return (
    <DashCard
      id="attention"
      title={t('dashboard.org.attention.title')}
      queries={[positions]}
      action={{ to: '/org/positions', label: t('dashboard.org.attention.open') }}
    >
      {() =>
        flagged.length === 0 ? (
          <p className={styles.muted}>{t('dashboard.org.attention.empty')}</p>
        ) : (
          <>
            <Figure value={flagged.length} caption={t('dashboard.org.attention.caption')} testId="attention-count" />
            <ul className={styles.list}>
              {flagged.slice(0, 5).map(({ position, why }) => (
                <li key={position.id}>
                  <Link to={`/org/positions/${position.id}/edit`}>{position.title}</Link>
                  <PositionStatusTag status={position.status} />
                  <span className={styles.muted}>
                    {t(`dashboard.org.attention.${why}`, { deadline: position.deadline ?? '' })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </DashCard>
  );
}

function ApplicantsCard({ positions }: { positions: ReturnType<typeof useOrgPositions> }) {
  const { t } = useTranslation();
  const withNew = (positions.data ?? [])
    .map((position) => ({ position, fresh: position.applicantCounts?.submitted ?? 0 }))
    .filter(({ fresh }) => fresh > 0)
    .sort((a, b) => b.fresh - a.fresh);
  const total = withNew.reduce((sum, { fresh }) => sum + fresh, 0);
  return (
    <DashCard
      id="applicants"
      title={t('dashboard.org.applicants.title')}
      queries={[positions]}
      action={{ to: '/org/positions', label: t('dashboard.org.applicants.open') }}
    >
      {() =>
        total === 0 ? (
          <p className={styles.muted}>{t('dashboard.org.applicants.empty')}</p>
        ) : (
          <>
            <Figure value={total} caption={t('dashboard.org.applicants.caption')} testId="applicants-count" />
            <ul className={styles.list}>
              {withNew.slice(0, 5).map(({ position, fresh }) => (
                <li key={position.id}>
                  <Link to={`/org/positions/${position.id}/pipeline`}>{position.title}</Link>
                  <span className={styles.muted}>{t('dashboard.org.applicants.perPosition', { count: fresh })}</span>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </DashCard>
  );
}

const answeredWithinDays = 14;

function answeredRecently(invitation: SentInvitation): boolean {
  return (
    (invitation.status === 'accepted' || invitation.status === 'declined') &&
    invitation.answeredAt !== null &&
    daysSince(invitation.answeredAt) <= answeredWithinDays
  );
}

function InvitationsCard({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const invitations = useSentInvitations(enabled);
  const answered = (invitations.data ?? []).filter(answeredRecently);
  const accepted = answered.filter((invitation) => invitation.status === 'accepted').length;
  return (
    <DashCard
      id="answered"
      title={t('dashboard.org.answered.title', { days: answeredWithinDays })}
      queries={[invitations]}
      action={{ to: '/org/invitations', label: t('dashboard.org.answered.open') }}
    >
      {() =>
        answered.length === 0 ? (
          <p className={styles.muted}>{t('dashboard.org.answered.empty')}</p>
        ) : (
          <>
            <Figure
              value={answered.length}
              caption={t('dashboard.org.answered.caption', { accepted, declined: answered.length - accepted })}
              testId="answered-count"
            />
            <ul className={styles.list}>
              {answered.slice(0, 3).map((invitation) => (
                <li key={invitation.id}>
                  <span>{invitation.workerName}</span>
                  <span className={styles.muted}>
                    {t(`dashboard.org.answered.${invitation.status === 'accepted' ? 'accepted' : 'declined'}`, {
                      title: invitation.position.title,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )
      }
    </DashCard>
  );
}

/** An organisation member's home: its verification, positions needing attention, new applicants, answers. */
export function OrgHome() {
  const organisation = useMyOrganisation();
  const registered = Boolean(organisation.data);
  const positions = useOrgPositions(registered);
  return (
    <div className={styles.grid}>
      <VerificationCard />
      {registered && (
        <>
          <AttentionCard positions={positions} />
          <ApplicantsCard positions={positions} />
          <InvitationsCard enabled={registered} />
          <UnreadMessagesCard />
        </>
      )}
    </div>
  );
}

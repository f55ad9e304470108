import { type Application, type ApplicationStatus, allowedApplicationMoves } from '@shsw/shared';
import { Alert, Button, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { EmptyState } from '../../../components/empty-state';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ApplicationStatusTag } from '../../../components/status-tag';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useMyApplications } from '../api/get-my-applications';
import { useMoveApplication } from '../api/move-application';
import { ApplicationTimeline } from './application-timeline';
import { MoveDialog } from './move-dialog';
import styles from './my-applications.module.css';

type WorkerMove = 'withdrawn' | 'accepted' | 'declined';

/** The worker's applications, each with where it stands, its timeline and the steps the worker may take. */
export function MyApplications() {
  const { t } = useTranslation();
  const mine = useMyApplications();
  const move = useMoveApplication();
  const errorMessage = useApiErrorMessage();
  const [pending, setPending] = useState<{ application: Application; to: WorkerMove } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const { hash } = useLocation();
  const loaded = mine.isSuccess;
  // "See my application" links here with #application-<id>: go to that card once the list is in.
  useEffect(() => {
    if (!loaded || !hash.startsWith('#application-')) return;
    const card = document.getElementById(hash.slice(1));
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  }, [loaded, hash]);

  if (mine.isPending) return <PageLoading />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.data.items.length === 0) {
    return (
      <EmptyState
        description={t('applications.mine.empty')}
        action={
          <ButtonLink to="/" type="primary">
            {t('applications.mine.findPositions')}
          </ButtonLink>
        }
      />
    );
  }
  return (
    <>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure}
          closable={{ onClose: () => setFailure(null) }}
          className={styles.alert}
        />
      )}
      <ul className={styles.list} aria-label={t('applications.mine.listLabel')}>
        {mine.data.items.map((application) => (
          <li key={application.id} id={`application-${application.id}`} className={styles.card} tabIndex={-1}>
            <ApplicationCard
              application={application}
              onMove={(to) => {
                setFailure(null);
                setPending({ application, to });
              }}
            />
          </li>
        ))}
      </ul>
      <MoveDialog
        applicationId={pending?.application.id ?? null}
        to={pending?.to ?? null}
        title={
          pending
            ? t(`applications.mine.confirm.${pending.to}.title`, { title: pending.application.position.title })
            : ''
        }
        description={pending ? t(`applications.mine.confirm.${pending.to}.text`) : undefined}
        submitLabel={pending ? t(`applications.mine.moves.${pending.to}`) : ''}
        messageHelp={t('applications.move.messageToEmployer')}
        onClose={() => setPending(null)}
        onSubmit={async (body) => {
          if (!pending) return;
          try {
            const moved = await move.mutateAsync({ id: pending.application.id, body });
            setAnnouncement(
              t('applications.mine.moved', {
                title: moved.position.title,
                status: t(`status.application.${moved.status}`),
              }),
            );
          } catch (error) {
            setFailure(errorMessage(error));
            throw error;
          }
        }}
      />
    </>
  );
}

function ApplicationCard({ application: a, onMove }: { application: Application; onMove: (to: WorkerMove) => void }) {
  const { t } = useTranslation();
  const moves = allowedApplicationMoves(a.status, 'worker') as WorkerMove[];
  const titleId = `application-${a.id}-title`;
  return (
    <article aria-labelledby={titleId}>
      <div className={styles.head}>
        <div className={styles.titles}>
          <h2 id={titleId} className={styles.title}>
            <Link to={`/positions/${a.positionId}`}>{a.position.title}</Link>
          </h2>
          <span className={styles.muted}>
            {a.position.orgName} · {t('applications.mine.appliedAt', { date: formatDate(a.createdAt) })}
          </span>
        </div>
        <span data-testid="application-status">
          <ApplicationStatusTag status={a.status} />
        </span>
      </div>
      <NextStep status={a.status} />
      {a.status === 'interview' && a.interview && (
        <p className={styles.interview}>
          {t('applications.timeline.interview', { at: formatDateTime(a.interview.at), place: a.interview.place })}
        </p>
      )}
      <Link to={`/messages?application=${a.id}`} data-testid="application-messages">
        {t('applications.mine.messages')}
      </Link>
      {moves.length > 0 && (
        <Space wrap className={styles.actions}>
          {moves.map((to) => (
            <Button
              key={to}
              type={to === 'accepted' ? 'primary' : 'default'}
              danger={to === 'withdrawn'}
              onClick={() => onMove(to)}
            >
              {t(`applications.mine.moves.${to}`)}
            </Button>
          ))}
        </Space>
      )}
      <details className={styles.details} open={a.status === 'offered' || a.status === 'interview'}>
        <summary>{t('applications.mine.timeline', { count: a.history.length })}</summary>
        <ApplicationTimeline application={a} viewer="worker" />
      </details>
    </article>
  );
}

/** One sentence on what happens next, so no application sits unexplained. */
function NextStep({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <p className={styles.next}>{t(`applications.mine.next.${status}`)}</p>;
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ToneTag } from '../../../components/status-tag';
import { formatDate, formatDateTime } from '../../../lib/format';
import {
  type QueueSummary,
  useCertificateQueue,
  useConversationReports,
  useLatestImport,
  usePendingOrganisations,
  useUnpublishedPeriods,
} from '../api/bureau-home';
import { DashCard, daysSince, Figure } from './dash-card';
import styles from './dashboard.module.css';
import { usePeriodName } from './period-name';

function QueueCard({
  id,
  query,
  to,
}: {
  id: 'organisations' | 'certificates' | 'conversationReports';
  query: ReturnType<typeof usePendingOrganisations>;
  to: string;
}) {
  const { t } = useTranslation();
  const queue: QueueSummary | undefined = query.data;
  return (
    <DashCard
      id={id}
      title={t(`dashboard.bureau.${id}.title`)}
      queries={[query]}
      action={{ to, label: t(`dashboard.bureau.${id}.open`) }}
    >
      {() =>
        !queue || queue.total === 0 ? (
          <p className={styles.muted}>{t(`dashboard.bureau.${id}.empty`)}</p>
        ) : (
          <>
            <Figure value={queue.total} caption={t('dashboard.bureau.waiting')} testId={`${id}-count`} />
            {queue.oldestAt && (
              <p className={styles.muted} data-testid={`${id}-oldest`}>
                {t('dashboard.bureau.oldest', { days: daysSince(queue.oldestAt), since: formatDate(queue.oldestAt) })}
              </p>
            )}
          </>
        )
      }
    </DashCard>
  );
}

/** Today on the Shanghai calendar, `YYYY-MM-DD`: publication days are Shanghai days. */
function shanghaiToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

function PublicationCard() {
  const { t } = useTranslation();
  const periodName = usePeriodName();
  const periods = useUnpublishedPeriods();
  const today = shanghaiToday();
  const soon = shanghaiToday(Date.now() + 30 * 86_400_000);
  const due = (periods.data ?? []).filter((entry) => entry.date <= soon);
  const overdue = due.filter((entry) => entry.date < today).length;
  return (
    <DashCard
      id="publication"
      title={t('dashboard.bureau.publication.title')}
      queries={[periods]}
      action={{ to: '/bureau/reports', label: t('dashboard.bureau.publication.open') }}
    >
      {() =>
        due.length === 0 ? (
          <p className={styles.muted}>{t('dashboard.bureau.publication.empty')}</p>
        ) : (
          <>
            <Figure
              value={due.length}
              caption={
                overdue > 0
                  ? t('dashboard.bureau.publication.caption', { overdue })
                  : t('dashboard.bureau.publication.captionNone')
              }
              testId="publication-count"
            />
            <ul className={styles.list}>
              {due.slice(0, 4).map((entry) => (
                <li key={entry.periodId}>
                  <Link to={`/bureau/reports?period=${entry.periodId}`}>{periodName(entry.periodId)}</Link>
                  <span className={styles.muted}>{entry.date}</span>
                  {entry.date < today && <ToneTag tone="bad">{t('dashboard.bureau.publication.overdue')}</ToneTag>}
                </li>
              ))}
            </ul>
          </>
        )
      }
    </DashCard>
  );
}

function ImportCard() {
  const { t } = useTranslation();
  const latest = useLatestImport();
  const run = latest.data;
  return (
    <DashCard
      id="import"
      title={t('dashboard.bureau.import.title')}
      queries={[latest]}
      action={{ to: '/bureau/registry', label: t('dashboard.bureau.import.open') }}
    >
      {() =>
        !run ? (
          <p className={styles.muted}>{t('dashboard.bureau.import.empty')}</p>
        ) : (
          <>
            <p>
              <ToneTag tone={run.status === 'done' ? 'good' : run.status === 'failed' ? 'bad' : 'progress'}>
                {t(`bureau.registry.status.${run.status}`)}
              </ToneTag>{' '}
              <span className={styles.muted}>{run.fileName}</span>
            </p>
            <p data-testid="import-summary">
              {t('dashboard.bureau.import.summary', {
                at: formatDateTime(run.finishedAt ?? run.startedAt),
                rows: run.totalRows.toLocaleString(),
              })}
            </p>
          </>
        )
      }
    </DashCard>
  );
}

function SystemCard() {
  const { t } = useTranslation();
  return (
    <DashCard id="system" title={t('dashboard.admin.title')} queries={[]}>
      {() => (
        <ul className={styles.list}>
          <li>
            <Link to="/admin/users">{t('nav.items.users')}</Link>
            <span className={styles.muted}>{t('dashboard.admin.users')}</span>
          </li>
          <li>
            <Link to="/admin/audit">{t('nav.items.audit')}</Link>
            <span className={styles.muted}>{t('dashboard.admin.audit')}</span>
          </li>
        </ul>
      )}
    </DashCard>
  );
}

/** The bureau's home (and the admin's, with the system links): queues, publications due, the registry. */
export function BureauHome({ admin }: { admin: boolean }) {
  const organisations = usePendingOrganisations();
  const certificates = useCertificateQueue();
  const reports = useConversationReports();
  return (
    <div className={styles.grid}>
      <QueueCard id="organisations" query={organisations} to="/bureau/organisations" />
      <QueueCard id="certificates" query={certificates} to="/bureau/certificates" />
      <QueueCard id="conversationReports" query={reports} to="/bureau/conversation-reports" />
      <PublicationCard />
      <ImportCard />
      {admin && <SystemCard />}
    </div>
  );
}

import type { releaseCalendarEntrySchema } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { ToneTag } from '../../../components/status-tag';
import { periodEnded } from './period-options';
import styles from './release-calendar.module.css';
import { usePeriodLabel } from './report-format';

type CalendarEntry = z.infer<typeof releaseCalendarEntrySchema>;

/** Today on the Shanghai calendar, `YYYY-MM-DD`: publication days are Shanghai days. */
export function shanghaiToday(now = Date.now()): string {
  return new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
}

function EntryStatus({ entry, today }: { entry: CalendarEntry; today: string }) {
  const { t } = useTranslation();
  if (entry.published) return <ToneTag tone="good">{t('reports.calendar.published')}</ToneTag>;
  const due =
    entry.date < today ? (
      <ToneTag tone="bad">{t('reports.calendar.overdue')}</ToneTag>
    ) : entry.date === today ? (
      <ToneTag tone="progress">{t('reports.calendar.today')}</ToneTag>
    ) : (
      <ToneTag tone="waiting">{t('reports.calendar.upcoming')}</ToneTag>
    );
  // `draftedAt` comes only to the bureau: its drafts and the way to the publishing desk.
  if (entry.draftedAt === undefined || !periodEnded(entry.periodId)) return due;
  return (
    <span className={styles.status}>
      {due}
      {entry.draftedAt === null ? (
        <ToneTag tone="waiting">{t('reports.calendar.waitingDraft')}</ToneTag>
      ) : (
        <ToneTag tone="progress">{t('reports.calendar.drafted')}</ToneTag>
      )}
      <Link to={`/bureau/reports?period=${entry.periodId}`} data-testid="calendar-to-desk">
        {t('reports.calendar.toDesk')}
      </Link>
    </span>
  );
}

/** The planned publication days: overdue ones first (marked), then the coming ones. */
export function ReleaseCalendar({ entries }: { entries: readonly CalendarEntry[] }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const today = shanghaiToday();
  return (
    <DataList
      rows={entries}
      rowKey={(entry) => entry.periodId}
      label={t('reports.calendar.title')}
      empty={<EmptyState description={t('reports.calendar.empty')} />}
      columns={[
        { key: 'date', title: t('reports.calendar.date'), render: (entry) => entry.date, width: 140 },
        {
          key: 'period',
          title: t('reports.calendar.period'),
          render: (entry) => periodLabel(entry.periodId),
          primary: true,
        },
        {
          key: 'kind',
          title: t('reports.calendar.kind'),
          render: (entry) => t(`reports.kind.${entry.kind}`),
          width: 120,
        },
        {
          key: 'status',
          title: t('reports.calendar.status'),
          render: (entry) => <EntryStatus entry={entry} today={today} />,
          width: 280,
        },
      ]}
    />
  );
}

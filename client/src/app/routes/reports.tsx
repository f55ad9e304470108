import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useReports } from '../../features/reports/api/get-reports';
import { FollowToggle } from '../../features/reports/components/follow-toggle';
import { ReleaseCalendar } from '../../features/reports/components/release-calendar';
import { ReportList } from '../../features/reports/components/report-list';
import styles from './reports.module.css';

/** `/reports`, public: the published supply/demand reports and when the next ones are due. */
export function ReportsRoute() {
  const { t } = useTranslation();
  const reports = useReports();
  return (
    <>
      <PageHeading title={t('reports.list.title')} intro={t('reports.list.intro')} extra={<FollowToggle />} />
      {reports.isPending && <PageLoading />}
      {reports.isError && <QueryError error={reports.error} onRetry={() => void reports.refetch()} />}
      {reports.isSuccess && (
        <>
          <section aria-labelledby="published-reports-title" className={styles.section}>
            <h2 id="published-reports-title" className={styles.title}>
              {t('reports.list.published')}
            </h2>
            <ReportList items={reports.data.items} />
          </section>
          <section aria-labelledby="release-calendar-title" className={styles.section}>
            <h2 id="release-calendar-title" className={styles.title}>
              {t('reports.calendar.title')}
            </h2>
            <p className={styles.intro}>{t('reports.calendar.intro')}</p>
            <ReleaseCalendar entries={reports.data.calendar} />
          </section>
        </>
      )}
    </>
  );
}

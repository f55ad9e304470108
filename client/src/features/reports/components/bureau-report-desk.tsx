import { type PeriodKind, periodIdSchema } from '@shsw/shared';
import { Alert, Spin } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { withParams } from '../../../lib/url-state';
import { useReports } from '../api/get-reports';
import { usePreviewReport } from '../api/preview-report';
import styles from './bureau-report-desk.module.css';
import { kindOf, periodEnded } from './period-options';
import { PeriodPicker } from './period-picker';
import { PublishPanel } from './publish-panel';
import { usePeriodLabel } from './report-format';
import { ReportView } from './report-view';

function DraftPreview({ periodId }: { periodId: string }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const preview = usePreviewReport(periodId);
  if (preview.isPending) {
    return (
      <div className={styles.loading} role="status">
        <Spin description={t('bureauReports.preview.computing')} />
      </div>
    );
  }
  if (preview.isError) return <QueryError error={preview.error} onRetry={() => void preview.refetch()} />;
  return (
    <section aria-labelledby="draft-title" className={styles.draft} data-testid="draft-preview">
      <h2 id="draft-title" className={styles.draftTitle}>
        {t('bureauReports.preview.title', { period: periodLabel(periodId) })}
      </h2>
      <Alert
        type="warning"
        showIcon
        title={t('bureauReports.preview.notice', { asOf: formatDateTime(preview.data.asOf) })}
      />
      <ReportView figures={preview.data} />
    </section>
  );
}

/**
 * The bureau's publishing desk: pick a month or quarter (kept in the URL), see its draft computed
 * now, publish it, or publish a revision of what is out.
 */
export function BureauReportDesk() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const reports = useReports();
  const parsed = periodIdSchema.safeParse(search.get('period'));
  const periodId = parsed.success ? parsed.data : null;
  const kind: PeriodKind = periodId ? kindOf(periodId) : search.get('kind') === 'month' ? 'month' : 'quarter';
  const items = reports.data?.items;
  const published = useMemo(() => new Set((items ?? []).map((item) => item.periodId)), [items]);
  const ended = periodId ? periodEnded(periodId) : false;

  return (
    <div className={styles.desk}>
      <PeriodPicker
        kind={kind}
        periodId={periodId}
        published={published}
        onKindChange={(next) =>
          setSearch((s) => withParams(s, { kind: next === 'quarter' ? null : next, period: null }))
        }
        onPeriodChange={(next) => setSearch((s) => withParams(s, { period: next, kind: null }))}
      />
      {reports.isError && <QueryError error={reports.error} onRetry={() => void reports.refetch()} />}
      {!periodId && <EmptyState description={t('bureauReports.picker.choose')} />}
      {periodId && reports.isSuccess && (
        <PublishPanel
          key={periodId}
          periodId={periodId}
          ended={ended}
          published={reports.data.items.find((item) => item.periodId === periodId)}
        />
      )}
      {periodId && <DraftPreview periodId={periodId} />}
    </div>
  );
}

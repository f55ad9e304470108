import type { RegistryImport } from '@shsw/shared';
import { Alert, Descriptions, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data-list';
import { formatDateTime } from '../../../lib/format';
import { useWideScreen } from '../../../lib/use-media-query';
import { isFinished } from '../api/get-import';
import styles from './import-progress.module.css';
import { ImportStatusTag } from './import-status-tag';

/** How far the current phase has come, 0–100: checking reads the file, importing writes rows, verifying re-checks claims. */
export function phasePercent(run: RegistryImport): number {
  const share = (done: number, total: number) => (total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0);
  switch (run.status) {
    case 'validating':
      return Math.floor(run.checkedShare * 100);
    case 'importing':
      return share(run.processedRows, run.totalRows);
    case 'verifying':
      return share(run.claimsChecked, run.claimsToCheck);
    default:
      return 100;
  }
}

/** Live progress of one import, its counts, and every row error (the file changes nothing while any remain). */
export function ImportProgress({ run, live }: { run: RegistryImport; live: boolean }) {
  const { t, i18n } = useTranslation();
  const wide = useWideScreen();
  const n = (value: number) => value.toLocaleString(i18n.language);
  const phaseText = t(`bureau.registry.phase.${run.status}`, {
    checked: n(run.status === 'verifying' ? run.claimsChecked : run.checkedRows),
    processed: n(run.processedRows),
    total: n(run.status === 'verifying' ? run.claimsToCheck : run.totalRows),
  });
  return (
    <div className={styles.progress} aria-busy={!isFinished(run.status)}>
      <p className={styles.file}>
        <strong>{run.fileName}</strong> <ImportStatusTag status={run.status} />
      </p>
      <Progress
        percent={phasePercent(run)}
        status={run.status === 'failed' ? 'exception' : run.status === 'done' ? 'success' : 'active'}
        aria-label={t('bureau.registry.progressLabel')}
      />
      <p role="status" aria-live="polite" className={styles.rows} data-testid="import-rows">
        {phaseText}
      </p>
      {!isFinished(run.status) && (
        <p className={styles.channel}>{live ? t('bureau.registry.live') : t('bureau.registry.polling')}</p>
      )}
      {run.status === 'done' && (
        <Alert
          type="success"
          showIcon
          title={t('bureau.registry.doneTitle')}
          description={t('bureau.registry.doneText', run)}
          className={styles.alert}
        />
      )}
      {run.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          title={t('bureau.registry.failedTitle')}
          description={t('bureau.registry.failedText', { count: run.errors.length + run.moreErrors })}
          className={styles.alert}
        />
      )}
      <Descriptions
        size="small"
        column={wide ? 4 : 2}
        items={[
          { key: 'inserted', label: t('bureau.registry.inserted'), children: run.inserted },
          { key: 'updated', label: t('bureau.registry.updated'), children: run.updated },
          { key: 'unchanged', label: t('bureau.registry.unchanged'), children: run.unchanged },
          { key: 'verified', label: t('bureau.registry.certificatesVerified'), children: run.certificatesVerified },
          { key: 'started', label: t('bureau.registry.startedAt'), children: formatDateTime(run.startedAt) },
          { key: 'finished', label: t('bureau.registry.finishedAt'), children: formatDateTime(run.finishedAt) || '—' },
        ]}
      />
      {run.errors.length > 0 && (
        <section aria-labelledby="import-errors-title" className={styles.errors}>
          <h3 id="import-errors-title" className={styles.errorsTitle}>
            {t('bureau.registry.errorsTitle', { count: run.errors.length + run.moreErrors })}
          </h3>
          <DataList
            label={t('bureau.registry.errorsTitle', { count: run.errors.length + run.moreErrors })}
            rows={run.errors}
            rowKey={(e) => `${e.row}-${e.column}-${e.code}-${e.message}`}
            empty={null}
            columns={[
              {
                key: 'row',
                title: t('bureau.registry.errorRow'),
                primary: true,
                render: (e) => t('bureau.registry.rowNumber', { row: e.row }),
                width: 100,
              },
              {
                key: 'column',
                title: t('bureau.registry.errorColumn'),
                render: (e) => <code>{e.column}</code>,
                width: 120,
              },
              {
                key: 'message',
                title: t('bureau.registry.errorMessage'),
                render: (e) => t(`bureau.registry.errorCodes.${e.code}`),
              },
            ]}
          />
          {run.moreErrors > 0 && (
            <p className={styles.more}>{t('bureau.registry.moreErrors', { count: run.moreErrors })}</p>
          )}
        </section>
      )}
    </div>
  );
}

import { Alert, App, Button, Radio } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { usePublishReport } from '../api/publish-report';
import styles from './bureau-report-desk.module.css';
import { usePublishErrorMessage } from './publish-error';
import { usePeriodLabel } from './report-format';
import type { ReportSummary } from './report-list';
import { ReportTags } from './report-meta';
import { ReviseForm } from './revise-form';

interface PublishPanelProps {
  periodId: string;
  ended: boolean;
  /** The latest published version, when there is one. */
  published: ReportSummary | undefined;
}

/** Publish the period's first version (preliminary or final), or, once published, a revision with a note. */
export function PublishPanel({ periodId, ended, published }: PublishPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const { modal } = App.useApp();
  const periodLabel = usePeriodLabel();
  const publish = usePublishReport();
  const errorMessage = usePublishErrorMessage();
  const [preliminary, setPreliminary] = useState(true);
  const period = periodLabel(periodId);
  // Stays in view when the list, refetched after a refusal, shows the period as published.
  const failure = publish.isError && (
    <Alert type="error" showIcon role="alert" title={errorMessage(publish.error)} data-testid="publish-error" />
  );

  if (published) {
    return (
      <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="publish-panel">
        <h2 id={`${id}-title`} className={styles.panelTitle}>
          {t('bureauReports.publish.publishedTitle', { period })}
        </h2>
        <p className={styles.status} data-testid="published-state">
          {t('bureauReports.publish.publishedText', {
            version: published.version,
            date: formatDateTime(published.publishedAt),
          })}{' '}
          <ReportTags preliminary={published.preliminary} version={published.version} />{' '}
          <Link to={`/reports/${periodId}`}>{t('bureauReports.publish.openPublic')}</Link>
        </p>
        {failure}
        <ReviseForm periodId={periodId} period={period} />
      </section>
    );
  }

  const confirmAndPublish = async () => {
    const ok = await modal.confirm({
      title: t('bureauReports.publish.confirmTitle', { period }),
      content: preliminary ? t('bureauReports.publish.confirmPreliminary') : t('bureauReports.publish.confirmFinal'),
      okText: t('bureauReports.publish.confirmOk'),
      cancelText: t('common.cancel'),
    });
    if (ok) publish.mutate({ periodId, preliminary });
  };

  return (
    <section className={styles.panel} aria-labelledby={`${id}-title`} data-testid="publish-panel">
      <h2 id={`${id}-title`} className={styles.panelTitle}>
        {t('bureauReports.publish.title', { period })}
      </h2>
      {!ended && <Alert type="info" showIcon title={t('bureauReports.publish.running')} />}
      <div className={styles.pickerField}>
        <span id={`${id}-kind`} className={styles.pickerLabel}>
          {t('bureauReports.publish.status')}
        </span>
        <Radio.Group
          aria-labelledby={`${id}-kind`}
          value={preliminary}
          onChange={(event) => setPreliminary(event.target.value === true)}
          options={[
            { value: true, label: t('bureauReports.publish.preliminary') },
            { value: false, label: t('bureauReports.publish.final') },
          ]}
        />
      </div>
      <p className={styles.help}>{t('bureauReports.publish.help')}</p>
      {failure}
      <div>
        <Button type="primary" disabled={!ended} loading={publish.isPending} onClick={() => void confirmAndPublish()}>
          {t('bureauReports.publish.submit')}
        </Button>
      </div>
    </section>
  );
}

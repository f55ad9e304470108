import type { Report } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { ToneTag } from '../../../components/status-tag';
import { formatDateTime } from '../../../lib/format';
import styles from './report-meta.module.css';

/** Whether a version is preliminary or final, and whether it corrects an earlier one. */
export function ReportTags({ preliminary, version }: { preliminary: boolean; version: number }) {
  const { t } = useTranslation();
  return (
    <span className={styles.tags}>
      {preliminary ? (
        <ToneTag tone="waiting">{t('reports.tags.preliminary')}</ToneTag>
      ) : (
        <ToneTag tone="good">{t('reports.tags.final')}</ToneTag>
      )}
      {version > 1 && <ToneTag tone="progress">{t('reports.tags.revised', { version })}</ToneTag>}
    </span>
  );
}

/** Period, version, publication time and data vintage of a published report. */
export function ReportMeta({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { period, asOf } = report.figures;
  return (
    <dl className={styles.meta} data-testid="report-meta">
      <div>
        <dt>{t('reports.meta.period')}</dt>
        <dd>{t('reports.meta.periodRange', { start: period.start, end: period.end })}</dd>
      </div>
      <div>
        <dt>{t('reports.meta.version')}</dt>
        <dd>{t('reports.meta.versionValue', { version: report.version })}</dd>
      </div>
      <div>
        <dt>{t('reports.meta.published')}</dt>
        <dd>{formatDateTime(report.publishedAt)}</dd>
      </div>
      <div>
        <dt>{t('reports.meta.asOf')}</dt>
        <dd>{formatDateTime(asOf)}</dd>
      </div>
    </dl>
  );
}

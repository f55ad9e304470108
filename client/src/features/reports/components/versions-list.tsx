import type { Report } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { ReportTags } from './report-meta';
import styles from './report-page.module.css';

/** Every version of the period, newest first, with its revision note; earlier ones open as they were published. */
export function VersionsList({ report, linkTo }: { report: Report; linkTo?: (version: number) => string }) {
  const { t } = useTranslation();
  const versions = [...report.versions].sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby="report-versions-title" className={styles.card} data-testid="versions">
      <h2 id="report-versions-title" className={styles.cardTitle}>
        {t('reports.versions.title')}
      </h2>
      <ol className={styles.versions} reversed>
        {versions.map((v) => {
          const name = t('reports.meta.versionValue', { version: v.version });
          const current = v.version === report.version;
          return (
            <li key={v.version} className={styles.version} aria-current={current ? 'true' : undefined}>
              <div className={styles.versionLine}>
                {current || !linkTo ? <strong>{name}</strong> : <Link to={linkTo(v.version)}>{name}</Link>}
                <span className={styles.muted}>{formatDateTime(v.publishedAt)}</span>
                <ReportTags preliminary={v.preliminary} version={1} />
                {current && <span className={styles.muted}>{t('reports.versions.viewing')}</span>}
              </div>
              {v.revisionNote && <p className={styles.note}>{t('reports.versions.note', { note: v.revisionNote })}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

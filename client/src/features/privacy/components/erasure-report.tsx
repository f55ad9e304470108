import {
  type ErasureReport,
  type PersonalDataSection,
  personalDataSections,
  type RetentionReason,
  retentionReasons,
} from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useVocabularyLabel } from '../../../lib/format';
import styles from './erasure-report.module.css';

/** After deleting: the server's account of what it erased, anonymised and kept, and why. */
export function ErasureReportView({ report }: { report: ErasureReport }) {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const groups: {
    key: string;
    title: string;
    lines: { section: PersonalDataSection; count: number; reason?: RetentionReason }[];
  }[] = [
    { key: 'erased', title: t('privacy.report.erased'), lines: report.erased },
    { key: 'anonymised', title: t('privacy.report.anonymised'), lines: report.anonymised },
    { key: 'kept', title: t('privacy.report.kept'), lines: report.kept },
  ].filter((g) => g.lines.length > 0);
  return (
    <section aria-labelledby="erasure-report-title" className={styles.report} data-testid="erasure-report">
      <h2 id="erasure-report-title" className={styles.title}>
        {t('privacy.report.title')}
      </h2>
      {groups.map((g) => (
        <div key={g.key}>
          <h3 className={styles.group}>{g.title}</h3>
          <ul className={styles.lines}>
            {g.lines.map((line) => (
              <li key={line.section}>
                {vocabulary(personalDataSections, line.section)}: {t('privacy.report.count', { count: line.count })}
                {line.reason && (
                  <p className={styles.reason}>
                    {t('privacy.report.why')}: {vocabulary(retentionReasons, line.reason)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

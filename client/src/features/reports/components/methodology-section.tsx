import type { Report } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-locale';
import styles from './report-page.module.css';

/** The methodology frozen with the version, in the interface language. */
export function MethodologySection({ methodology }: { methodology: Report['methodology'] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = locale === 'en' ? methodology.en : methodology.zh;
  return (
    <section aria-labelledby="report-methodology-title" className={styles.card} data-testid="methodology">
      <h2 id="report-methodology-title" className={styles.cardTitle}>
        {t('reports.methodology.title')}
      </h2>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph} className={styles.paragraph}>
          {paragraph}
        </p>
      ))}
    </section>
  );
}

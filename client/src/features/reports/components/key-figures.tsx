import { type HeadlineMeasure, headlineMeasureLabels, type ReportFigures } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../lib/format';
import { CellValue, ChangeValue } from './cell-value';
import styles from './key-figures.module.css';
import { headlineStyles } from './report-format';

const main: readonly HeadlineMeasure[] = ['demand', 'supply', 'ratio'];
const more: readonly HeadlineMeasure[] = ['newPostings', 'hires', 'openingsAtEnd', 'salaryP50'];

function Figure({
  measure,
  headline,
  large,
}: {
  measure: HeadlineMeasure;
  headline: ReportFigures['headline'];
  large?: boolean;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const h = headline[measure];
  return (
    <div className={large ? `${styles.figure} ${styles.large}` : styles.figure} data-testid={`headline-${measure}`}>
      <dt className={styles.name}>{label(headlineMeasureLabels[measure])}</dt>
      <dd className={styles.value} data-testid={`headline-${measure}-value`}>
        <CellValue cell={h.current} style={headlineStyles[measure]} />
      </dd>
      <dd className={styles.changes}>
        <span>
          {t('reports.columns.mom')} <ChangeValue cell={h.mom} />
        </span>
        <span>
          {t('reports.columns.yoy')} <ChangeValue cell={h.yoy} />
        </span>
      </dd>
    </div>
  );
}

/** The period at a glance: demand, supply and 求人倍率 large, four more figures beside them. */
export function KeyFigures({ headline }: { headline: ReportFigures['headline'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="key-figures-title" className={styles.section}>
      <h2 id="key-figures-title" className={styles.title}>
        {t('reports.headline.title')}
      </h2>
      <dl className={styles.main}>
        {main.map((m) => (
          <Figure key={m} measure={m} headline={headline} large />
        ))}
      </dl>
      <dl className={styles.more}>
        {more.map((m) => (
          <Figure key={m} measure={m} headline={headline} />
        ))}
      </dl>
    </section>
  );
}

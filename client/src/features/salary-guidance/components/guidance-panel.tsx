import { compareSalary, type GuidanceLevel } from '@shsw/shared';
import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SalaryScale } from '../../../components/salary-scale';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { guidanceInForce, useSalaryGuidance } from '../api/get-guidance';
import styles from './guidance-panel.module.css';

export interface GuidanceRange {
  salaryMin: number | undefined;
  salaryMax: number | undefined;
  minCertificate: GuidanceLevel | undefined;
}

const isAmount = (value: number | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The salary guidance in force this year for the position's required certificate level, and
 * where the range being typed sits against it — updated on every keystroke.
 */
export function GuidancePanel({ range }: { range: GuidanceRange }) {
  const { t } = useTranslation();
  const guidance = useSalaryGuidance();
  const errorMessage = useApiErrorMessage();
  const year = new Date().getFullYear();
  const level = range.minCertificate ?? 'none';

  let body: ReactNode;
  if (guidance.isPending) {
    body = <Spin size="small" description={t('app.loading')} />;
  } else if (guidance.isError) {
    body = (
      <p>
        {t('salary.panel.loadFailed', { message: errorMessage(guidance.error) })}{' '}
        <Button size="small" onClick={() => void guidance.refetch()}>
          {t('common.retry')}
        </Button>
      </p>
    );
  } else {
    const table = guidanceInForce(guidance.data.items, year);
    if (!table) {
      body = <p className={styles.muted}>{t('salary.panel.none', { year })}</p>;
    } else {
      const band = table.byLevel[level];
      const complete = isAmount(range.salaryMin) && isAmount(range.salaryMax) && range.salaryMin <= range.salaryMax;
      const comparison = complete
        ? compareSalary(
            { salaryMin: range.salaryMin ?? 0, salaryMax: range.salaryMax ?? 0, minCertificate: level },
            table,
          )
        : null;
      body = (
        <>
          <p className={styles.level}>
            {t('salary.panel.levelLine', { year: table.year, level: t(`salary.levels.${level}`) })}
            {table.year < year && <span className={styles.muted}> {t('salary.panel.olderYear', { year })}</span>}
          </p>
          <dl className={styles.figures}>
            {(['low', 'median', 'high'] as const).map((key) => (
              <div key={key}>
                <dt>{t(`salary.scale.${key}`)}</dt>
                <dd data-testid={`guidance-${key}`}>{t('salary.perMonth', { amount: band[key] })}</dd>
              </div>
            ))}
          </dl>
          <SalaryScale
            guidance={band}
            range={complete ? { min: range.salaryMin ?? 0, max: range.salaryMax ?? 0 } : null}
          />
          <p aria-live="polite" data-testid="guidance-verdict">
            {comparison
              ? t(`salary.band.${comparison.band}Sentence`, {
                  min: range.salaryMin,
                  max: range.salaryMax,
                  ratio: comparison.ratioToMedian,
                })
              : t('salary.panel.fillRange')}
          </p>
          {comparison?.belowLow && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              title={comparison.entirelyBelowLow ? t('salary.panel.entirelyBelowTitle') : t('salary.panel.belowTitle')}
              description={t('salary.panel.belowText', { min: range.salaryMin, low: band.low })}
            />
          )}
          <p className={styles.source}>{t('salary.panel.source', { source: table.source })}</p>
        </>
      );
    }
  }
  return (
    <section className={styles.panel} aria-labelledby="guidance-panel-title" data-testid="guidance-panel">
      <h3 id="guidance-panel-title" className={styles.title}>
        {t('salary.panel.title')}
      </h3>
      {body}
    </section>
  );
}

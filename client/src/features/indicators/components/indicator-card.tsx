import { type IndicatorDashboard, indicatorDenominators, planIndicators } from '@shsw/shared';
import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, useLabel } from '../../../lib/format';
import { useLocale } from '../../../lib/use-locale';
import styles from './indicator-card.module.css';
import { useIndicatorNumber } from './indicator-format';

type Indicator = IndicatorDashboard['indicators'][number];

/** Details that are averages, not counts. */
const decimalDetails = new Set(['perInstitution', 'perComplex']);

function DetailLabel({ code, detail }: { code: string; detail: string }) {
  const { t, i18n } = useTranslation();
  const key = `indicators.details.${code}.${detail}`;
  return <>{i18n.exists(key) ? t(key as 'indicators.details.talent_total.people') : detail}</>;
}

/** One of the plan's indicators: value against the 2020 baseline and 2025 target, where it comes from, and its parts. */
export function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const label = useLabel();
  const number = useIndicatorNumber();
  const locale = useLocale();
  const plan = planIndicators.find((p) => p.code === indicator.code);
  if (!plan) return null;
  const unit = label(plan.unit);
  const withUnit = (value: number | null) => {
    if (value === null) return t('indicators.card.none');
    if (plan.unit.zh === '%') return t('indicators.card.percent', { value: number(value) });
    // 万人 only from 10,000 up ("0.2081 万人" reads as "2,081 人"); in English always a plain count.
    if (plan.unit.zh === '万人' && (locale === 'en' || Math.abs(value) < 1))
      return t('indicators.card.people', { value: number(value * 10_000, 0) });
    return t('indicators.card.valueWithUnit', { value: number(value), unit });
  };
  const denominator = plan.denominator ? indicatorDenominators.find((d) => d.code === plan.denominator) : undefined;
  const titleId = `indicator-${indicator.code}-title`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid={`indicator-${indicator.code}`}>
      <header className={styles.header}>
        <span className={styles.no}>{t('indicators.card.no', { no: indicator.no })}</span>
        <h2 id={titleId} className={styles.title}>
          {label(plan.label)}
        </h2>
      </header>
      <p className={styles.value} data-testid="indicator-value">
        {indicator.value === null ? (
          <span className={styles.missing}>{t('indicators.card.awaitingDenominator')}</span>
        ) : (
          withUnit(indicator.value)
        )}
      </p>
      <dl className={styles.targets}>
        <div>
          <dt>{t('indicators.card.baseline')}</dt>
          <dd data-testid="indicator-baseline">
            {indicator.baseline2020 === null ? t('indicators.card.noBaseline') : withUnit(indicator.baseline2020)}
          </dd>
        </div>
        <div>
          <dt>{t('indicators.card.target')}</dt>
          <dd data-testid="indicator-target">{withUnit(indicator.target2025)}</dd>
        </div>
      </dl>
      <div className={styles.progress}>
        <span id={`${titleId}-progress`} className={styles.progressLabel}>
          {t('indicators.card.progress')}
        </span>
        {indicator.progress === null ? (
          <span className={styles.missing}>{t('indicators.card.noProgress')}</span>
        ) : (
          <Progress
            percent={indicator.progress}
            aria-labelledby={`${titleId}-progress`}
            format={(percent) => t('indicators.card.percent', { value: number(percent ?? 0, 1) })}
            strokeColor={indicator.progress >= 100 ? '#2e7d32' : '#1d5fa6'}
          />
        )}
      </div>
      {Object.keys(indicator.details).length > 0 && (
        <dl className={styles.detailList} data-testid="indicator-details" aria-label={t('indicators.card.details')}>
          {Object.entries(indicator.details).map(([detail, value]) => (
            <div key={detail}>
              <dt>
                <DetailLabel code={indicator.code} detail={detail} />
              </dt>
              <dd>{number(value, decimalDetails.has(detail) ? 2 : 0)}</dd>
            </div>
          ))}
        </dl>
      )}
      <dl className={styles.facts}>
        <div>
          <dt>{t('indicators.card.source')}</dt>
          <dd data-testid="indicator-source">
            {indicator.source === 'platform'
              ? t('indicators.source.platform')
              : t('indicators.source.platformAndBureau')}
          </dd>
        </div>
        {denominator && (
          <div>
            <dt>{label(denominator.label)}</dt>
            <dd data-testid="indicator-denominator">
              {indicator.denominator
                ? t('indicators.card.denominatorValue', {
                    value: number(indicator.denominator.value),
                    source: indicator.denominator.source,
                    asOf: formatDate(indicator.denominator.asOf),
                  })
                : t('indicators.card.denominatorMissing')}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('indicators.card.method')}</dt>
          <dd>{label(plan.method)}</dd>
        </div>
        <div>
          <dt>{t('indicators.card.asOf')}</dt>
          <dd>{formatDateTime(indicator.asOf)}</dd>
        </div>
      </dl>
    </article>
  );
}

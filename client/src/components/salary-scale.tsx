import type { GuidanceBand } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import styles from './salary-scale.module.css';

interface SalaryScaleProps {
  guidance: GuidanceBand;
  /** The position's monthly range, when both ends are known. */
  range: { min: number; max: number } | null;
}

/**
 * The guidance band (low–high, with the median marked) and the position's range drawn on one
 * axis. A picture for sighted readers only: the sentence next to it says the same in words.
 */
export function SalaryScale({ guidance, range }: SalaryScaleProps) {
  const { t } = useTranslation();
  const lowest = Math.min(guidance.low, range?.min ?? guidance.low);
  const highest = Math.max(guidance.high, range?.max ?? guidance.high);
  const pad = Math.max(500, (highest - lowest) * 0.12);
  const from = Math.max(0, lowest - pad);
  const span = highest + pad - from || 1;
  const at = (value: number) => `${((value - from) / span) * 100}%`;
  const width = (a: number, b: number) => `${(Math.max(b - a, 0) / span) * 100}%`;
  const below = range !== null && range.min < guidance.low;
  return (
    <div className={styles.scale} aria-hidden>
      <div className={styles.track}>
        <div
          className={styles.band}
          style={{ insetInlineStart: at(guidance.low), width: width(guidance.low, guidance.high) }}
        />
        <div className={styles.median} style={{ insetInlineStart: at(guidance.median) }} />
        {range && (
          <div
            className={below ? `${styles.range} ${styles.rangeBelow}` : styles.range}
            style={{ insetInlineStart: at(range.min), width: `max(4px, ${width(range.min, range.max)})` }}
          />
        )}
      </div>
      <div className={styles.ticks}>
        <span style={{ insetInlineStart: at(guidance.low) }}>{t('salary.scale.low')}</span>
        <span style={{ insetInlineStart: at(guidance.median) }}>{t('salary.scale.median')}</span>
        <span style={{ insetInlineStart: at(guidance.high) }}>{t('salary.scale.high')}</span>
      </div>
      <div className={styles.legend}>
        <span>
          <i className={styles.swatchBand} /> {t('salary.scale.guidance')}
        </span>
        {range && (
          <span>
            <i className={below ? styles.swatchBelow : styles.swatchRange} /> {t('salary.scale.yourRange')}
          </span>
        )}
      </div>
    </div>
  );
}

import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import type { Cell } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import styles from './cell-value.module.css';
import { flagMarkers, type NumberStyle, useNumberFormat } from './report-format';

function FlagMarker({ flag }: { flag: NonNullable<Cell['flag']> }) {
  const { t } = useTranslation();
  if (flag === 'suppressed' || flag === 'secondary') {
    return (
      <span className={styles.flag} title={t(`reports.flags.${flag}`)} data-flag={flag}>
        {flagMarkers[flag]}
      </span>
    );
  }
  const key = flag === 'not_shown' ? 'notShown' : 'na';
  const words = t(`reports.flags.${key}Short`);
  return (
    <span className={styles.flag} title={t(`reports.flags.${key}`)}>
      <span aria-hidden data-flag={flag}>
        {flagMarkers[flag]}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/** A published figure: its value in the interface language, or the marker of why there is none. */
export function CellValue({ cell, style }: { cell: Cell; style: NumberStyle }) {
  const format = useNumberFormat();
  if (cell.value === null) return <FlagMarker flag={cell.flag ?? 'na'} />;
  return <span className={styles.number}>{format.number(cell.value, style)}</span>;
}

/** A change in percent (环比, 同比) with its sign and an arrow; the words say the direction for screen readers. */
export function ChangeValue({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const format = useNumberFormat();
  if (cell.value === null) return <FlagMarker flag={cell.flag ?? 'na'} />;
  const direction = cell.value > 0 ? 'up' : cell.value < 0 ? 'down' : 'flat';
  const Icon = direction === 'up' ? ArrowUpOutlined : direction === 'down' ? ArrowDownOutlined : MinusOutlined;
  return (
    <span className={`${styles.change} ${styles[direction]}`} data-direction={direction}>
      <Icon aria-hidden className={styles.arrow} />
      <span className="visually-hidden">{t(`reports.change.${direction}`)}</span>
      <span className={styles.number}>{format.change(cell.value)}</span>
    </span>
  );
}

/** What `<5`, `x`, `—` and `–` mean, once beside the tables. */
export function FlagLegend({ id }: { id?: string }) {
  const { t } = useTranslation();
  const entries = [
    { marker: flagMarkers.suppressed, text: t('reports.flags.suppressed') },
    { marker: flagMarkers.secondary, text: t('reports.flags.secondary') },
    { marker: flagMarkers.not_shown, text: t('reports.flags.notShown') },
    { marker: flagMarkers.na, text: t('reports.flags.na') },
  ];
  return (
    <section className={styles.legend} aria-labelledby={id ? `${id}-title` : undefined} data-testid="flag-legend">
      <h3 id={id ? `${id}-title` : undefined} className={styles.legendTitle}>
        {t('reports.flags.legendTitle')}
      </h3>
      <dl className={styles.legendList}>
        {entries.map((entry) => (
          <div key={entry.marker}>
            <dt>
              <span className={styles.flag}>{entry.marker}</span>
            </dt>
            <dd>{entry.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

import type { PeriodKind } from '@shsw/shared';
import { Radio, Select } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './bureau-report-desk.module.css';
import { periodEnded, periodOptions } from './period-options';
import { usePeriodLabel } from './report-format';

interface PeriodPickerProps {
  kind: PeriodKind;
  periodId: string | null;
  published: ReadonlySet<string>;
  onKindChange: (kind: PeriodKind) => void;
  onPeriodChange: (periodId: string) => void;
}

/** Month or quarter, then which one: each option says whether it is running, published or not yet. */
export function PeriodPicker({ kind, periodId, published, onKindChange, onPeriodChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const periodLabel = usePeriodLabel();
  const options = useMemo(
    () =>
      // A period from the address that the list does not reach (older, or ahead) is offered too.
      [
        ...(periodId && !periodOptions(kind).some((o) => o.id === periodId)
          ? [{ id: periodId, ended: periodEnded(periodId) }]
          : []),
        ...periodOptions(kind),
      ].map((option) => {
        const state = !option.ended
          ? t('bureauReports.picker.running')
          : published.has(option.id)
            ? t('bureauReports.picker.published')
            : t('bureauReports.picker.unpublished');
        return { value: option.id, label: `${periodLabel(option.id)} · ${state}` };
      }),
    [kind, periodId, published, periodLabel, t],
  );
  return (
    <div className={styles.picker}>
      <div className={styles.pickerField}>
        <span id={`${id}-kind`} className={styles.pickerLabel}>
          {t('bureauReports.picker.kind')}
        </span>
        <Radio.Group
          aria-labelledby={`${id}-kind`}
          value={kind}
          onChange={(event) => onKindChange(event.target.value as PeriodKind)}
          optionType="button"
          options={[
            { value: 'quarter', label: t('reports.kind.quarter') },
            { value: 'month', label: t('reports.kind.month') },
          ]}
        />
      </div>
      <div className={styles.pickerField}>
        <label htmlFor={`${id}-period`} className={styles.pickerLabel}>
          {t('bureauReports.picker.period')}
        </label>
        <Select
          id={`${id}-period`}
          className={styles.periodSelect}
          value={periodId ?? undefined}
          placeholder={t('bureauReports.picker.placeholder')}
          options={options}
          onChange={(value: string) => onPeriodChange(value)}
        />
      </div>
    </div>
  );
}

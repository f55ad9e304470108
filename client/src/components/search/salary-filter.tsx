import { Button, InputNumber } from 'antd';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './search.module.css';

interface SalaryFilterProps {
  title: string;
  help?: string;
  min: number | undefined;
  max: number | undefined;
  onApply: (range: { min: number | undefined; max: number | undefined }) => void;
}

const upper = 200_000;

/** A monthly salary range typed in and applied with a button, so the search does not run on every keystroke. */
export function SalaryFilter({ title, help, min, max, onApply }: SalaryFilterProps) {
  const { t } = useTranslation();
  const id = useId();
  // Restart from the URL's values whenever they change (a chip removed, the back button).
  const [draft, setDraft] = useState({ min, max, from: `${min}-${max}` });
  const current = draft.from === `${min}-${max}` ? draft : { min, max, from: `${min}-${max}` };
  const swapped = current.min !== undefined && current.max !== undefined && current.min > current.max;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (swapped) return;
    onApply({ min: current.min, max: current.max });
  };
  const set = (key: 'min' | 'max', value: number | null) =>
    setDraft({ ...current, [key]: value === null ? undefined : value });
  return (
    <form className={styles.facet} onSubmit={submit} aria-labelledby={`${id}-title`}>
      <div id={`${id}-title`} className={styles.facetTitle}>
        {title}
      </div>
      {help && <p className={styles.facetHelp}>{help}</p>}
      <div className={styles.salaryRow}>
        <InputNumber
          min={0}
          max={upper}
          step={500}
          precision={0}
          value={current.min ?? null}
          onChange={(value) => set('min', value)}
          placeholder={t('search.salary.min')}
          aria-label={t('search.salary.minLabel')}
          className={styles.salaryInput}
        />
        <span aria-hidden>–</span>
        <InputNumber
          min={0}
          max={upper}
          step={500}
          precision={0}
          value={current.max ?? null}
          onChange={(value) => set('max', value)}
          placeholder={t('search.salary.max')}
          aria-label={t('search.salary.maxLabel')}
          className={styles.salaryInput}
        />
      </div>
      {swapped && (
        <p role="alert" className={styles.facetError}>
          {t('search.salary.swapped')}
        </p>
      )}
      <Button htmlType="submit" size="small" className={styles.apply} disabled={swapped}>
        {t('search.salary.apply')}
      </Button>
    </form>
  );
}

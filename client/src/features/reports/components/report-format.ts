import type { Cell, HeadlineMeasure } from '@shsw/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../lib/use-locale';

/** How a published figure is written: whole people and yuan, 求人倍率 with two decimals, percents and days with one. */
export type NumberStyle = 'count' | 'ratio' | 'percent' | 'decimal';

export const headlineStyles: Record<HeadlineMeasure, NumberStyle> = {
  demand: 'count',
  supply: 'count',
  ratio: 'ratio',
  newPostings: 'count',
  newSeekers: 'count',
  openingsAtEnd: 'count',
  applications: 'count',
  hires: 'count',
  employed: 'count',
  hiresRate: 'percent',
  openingsRate: 'percent',
  daysToHireMedian: 'decimal',
  daysToHireMean: 'decimal',
  salaryP10: 'count',
  salaryP25: 'count',
  salaryP50: 'count',
  salaryP75: 'count',
  salaryP90: 'count',
  salaryBelowGuidanceShare: 'percent',
  salaryMedianToGuidance: 'ratio',
};

/** What a cell without a value shows: never a 0 for a suppressed count. */
export const flagMarkers = { suppressed: '<5', secondary: 'x', not_shown: '—', na: '–' } as const;

const digits: Record<NumberStyle, number> = { count: 0, ratio: 2, percent: 1, decimal: 1 };

/** Formats figures in the interface language (grouping, fixed decimals) and changes with their sign. */
export function useNumberFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const plain = Object.fromEntries(
      (Object.keys(digits) as NumberStyle[]).map((style) => [
        style,
        new Intl.NumberFormat(locale, { minimumFractionDigits: digits[style], maximumFractionDigits: digits[style] }),
      ]),
    ) as Record<NumberStyle, Intl.NumberFormat>;
    const change = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: 'exceptZero',
    });
    return {
      number: (value: number, style: NumberStyle) => plain[style].format(value),
      /** `+13.0%`, `-8.2%`, `0.0%`. */
      change: (value: number) => `${change.format(value)}%`,
      /** A cell as plain text (chart tooltips): the value, or its marker. */
      cell: (cell: Cell, style: NumberStyle) =>
        cell.value === null ? flagMarkers[cell.flag ?? 'na'] : plain[style].format(cell.value),
    };
  }, [locale]);
}

const periodPattern = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;
const quarterKeys = ['reports.period.q1', 'reports.period.q2', 'reports.period.q3', 'reports.period.q4'] as const;

/** `2026-Q3` → 2026 年第三季度 / Q3 2026; `2026-10` → 2026年10月 / October 2026. */
export function usePeriodLabel(): (periodId: string) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return useCallback(
    (periodId: string) => {
      const m = periodPattern.exec(periodId);
      if (!m) return periodId;
      const year = Number(m[1]);
      const key = m[3] ? quarterKeys[Number(m[3]) - 1] : undefined;
      if (key) return t(key, { year });
      const month = Number(m[2]);
      const monthName = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, 1),
      );
      return t('reports.period.month', { year, month, monthName });
    },
    [t, locale],
  );
}

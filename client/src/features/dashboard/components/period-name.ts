import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const quarterKeys = ['reports.period.q1', 'reports.period.q2', 'reports.period.q3', 'reports.period.q4'] as const;

/** `2026-Q3` → 2026 年第三季度; `2026-10` → 2026 年 10 月 (the report pages' words). */
export function usePeriodName(): (periodId: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (periodId: string) => {
      const m = /^(\d{4})-(?:(\d{2})|Q([1-4]))$/.exec(periodId);
      if (!m) return periodId;
      const year = Number(m[1]);
      const quarter = m[3] ? quarterKeys[Number(m[3]) - 1] : undefined;
      if (quarter) return t(quarter, { year });
      const month = Number(m[2]);
      const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(year, month - 1, 1),
      );
      return t('reports.period.month', { year, month, monthName });
    },
    [t, i18n.language],
  );
}

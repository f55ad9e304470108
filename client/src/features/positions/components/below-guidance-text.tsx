import type { salaryComparisonSchema } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

/** The figures behind the "below the guidance" warning: the guidance row and the position's range. */
export function BelowGuidanceText({
  comparison,
  salaryMin,
  salaryMax,
}: {
  comparison: z.infer<typeof salaryComparisonSchema>;
  salaryMin: number;
  salaryMax: number;
}) {
  const { t } = useTranslation();
  const { guidance } = comparison;
  return (
    <div data-testid="below-guidance-dialog">
      <p>
        {t('positions.lifecycle.belowGuidanceFigures', {
          year: comparison.year,
          level: t(`salary.levels.${comparison.level}`),
          low: guidance.low,
          median: guidance.median,
          high: guidance.high,
          min: salaryMin,
          max: salaryMax,
        })}
      </p>
      <p>{t('positions.lifecycle.belowGuidanceText')}</p>
    </div>
  );
}

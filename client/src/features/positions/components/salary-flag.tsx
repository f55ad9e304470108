import type { Position } from '@shsw/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** "8,000–10,000 元/月" in the interface's number format. */
export function useSalaryRange(): (position: Pick<Position, 'salaryMin' | 'salaryMax'>) => string {
  const { t } = useTranslation();
  return (p) => t('salary.range', { min: p.salaryMin, max: p.salaryMax });
}

/** A warning chip when part of the range is under the year's guidance low; nothing otherwise. */
export function SalaryFlag({ position }: { position: Pick<Position, 'salaryComparison'> }) {
  const { t } = useTranslation();
  const comparison = position.salaryComparison;
  if (!comparison?.belowLow) return null;
  return (
    <Tag
      variant="outlined"
      style={{ color: '#8a3b00', background: '#fff7e6', borderColor: '#ffc069', marginInlineEnd: 0 }}
      data-testid="salary-flag"
    >
      {comparison.entirelyBelowLow ? t('salary.flag.entirelyBelow') : t('salary.flag.below')}
    </Tag>
  );
}

import { CloseOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FilterChip } from '../../lib/search-filters';
import styles from './search.module.css';

interface ActiveFiltersProps {
  chips: readonly FilterChip[];
  onRemove: (chip: FilterChip) => void;
  onClear: () => void;
}

/** The filters in force as removable chips, and one button to clear them all. */
export function ActiveFilters({ chips, onRemove, onClear }: ActiveFiltersProps) {
  const { t } = useTranslation();
  if (chips.length === 0) return null;
  return (
    <section className={styles.chips} aria-label={t('search.chips.label')} data-testid="active-filters">
      <ul>
        {chips.map((chip) => (
          <li key={`${chip.key}:${chip.value ?? ''}`}>
            <Button
              size="small"
              className={styles.chip}
              icon={<CloseOutlined aria-hidden />}
              iconPlacement="end"
              aria-label={t('search.chips.remove', { filter: chip.label })}
              onClick={() => onRemove(chip)}
            >
              {chip.label}
            </Button>
          </li>
        ))}
      </ul>
      <Button type="link" size="small" onClick={onClear}>
        {t('search.chips.clearAll')}
      </Button>
    </section>
  );
}

import { Select } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './search.module.css';

interface SearchToolbarProps {
  /** "24 positions", or null while the first answer is awaited. */
  summary: string | null;
  sort: string;
  sortOptions: readonly { value: string; label: string }[];
  onSort: (sort: string) => void;
}

/** How many results and the order they come in; the count is announced when it changes. */
export function SearchToolbar({ summary, sort, sortOptions, onSort }: SearchToolbarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={styles.toolbarRow}>
      <p className={styles.summary} role="status" aria-live="polite" data-testid="search-summary">
        {summary ?? t('app.loading')}
      </p>
      <div className={styles.sort}>
        <label htmlFor={id}>{t('search.sort.label')}</label>
        <Select<string>
          id={id}
          value={sort}
          onChange={onSort}
          options={[...sortOptions]}
          className={styles.sortSelect}
        />
      </div>
    </div>
  );
}

import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../empty-state';
import styles from './search.module.css';

/** The hits of one page, as a list named for screen readers; `note` sits above it. */
export function SearchHits<H extends { id: string }>({
  hits,
  label,
  note,
  render,
}: {
  hits: readonly H[];
  label: string;
  note?: ReactNode;
  render: (hit: H) => ReactNode;
}) {
  return (
    <>
      {note && <p className={styles.summary}>{note}</p>}
      <ul className={styles.hits} aria-label={label}>
        {hits.map((hit) => (
          <li key={hit.id}>{render(hit)}</li>
        ))}
      </ul>
    </>
  );
}

/** No results: what to do next, and one button to drop the filters when some are in force. */
export function SearchEmpty({
  description,
  filtered,
  onClear,
}: {
  description: string;
  filtered: boolean;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={styles.empty}>
      <EmptyState
        description={description}
        action={filtered && <Button onClick={onClear}>{t('search.chips.clearAll')}</Button>}
      />
    </div>
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../empty-state';
import styles from './search.module.css';
import { SearchError } from './search-error';
import { SearchPager } from './search-pager';

interface SearchPage<H> {
  hits: readonly H[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * The result area of a search page in each of its states: an error with a retry, loading, empty
 * (with a way out of the filters), or the hits and the pager — dimmed while the next page loads,
 * with the error above them if a refetch failed.
 */
export function SearchResultsBody<H extends { id: string }>({
  result,
  empty,
  filtered,
  onClear,
  label,
  note,
  render,
  onPage,
}: {
  result: UseQueryResult<SearchPage<H>>;
  empty: { plain: string; filtered: string };
  filtered: boolean;
  onClear: () => void;
  label: string;
  note?: ReactNode;
  render: (hit: H) => ReactNode;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const data = result.data;
  const retry = () => void result.refetch();
  if (result.isError && !data) return <SearchError error={result.error} onRetry={retry} />;
  if (result.isPending || !data) return <Spin description={t('app.loading')} />;
  if (data.hits.length === 0)
    return <SearchEmpty description={filtered ? empty.filtered : empty.plain} filtered={filtered} onClear={onClear} />;
  return (
    <Spin spinning={result.isFetching && result.isPlaceholderData}>
      {result.isError && <SearchError error={result.error} onRetry={retry} />}
      <SearchHits hits={data.hits} label={label} note={note} render={render} />
      <SearchPager
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        onChange={(page) => {
          onPage(page);
          window.scrollTo({ top: 0 });
        }}
      />
    </Spin>
  );
}

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

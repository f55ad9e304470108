import { Button, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { EmptyState } from '../../../components/empty-state';
import { PositionCardView } from '../../../components/position-card';
import { QueryError } from '../../../components/query-error';
import { SearchPager } from '../../../components/search/search-pager';
import { withParams } from '../../../lib/url-state';
import { bookmarksPageSize, useBookmarks } from '../api/get-bookmarks';
import { useSetBookmark } from '../api/set-bookmark';
import styles from './bookmarks.module.css';

/** `/me/bookmarks`: bookmarked positions, newest first; closed and filled ones stay, marked by status. */
export function BookmarksList() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const bookmarks = useBookmarks(page);
  const setBookmark = useSetBookmark();
  if (bookmarks.isPending) return <Spin description={t('app.loading')} />;
  if (bookmarks.isError) return <QueryError error={bookmarks.error} onRetry={() => void bookmarks.refetch()} />;
  const { items, total } = bookmarks.data;
  if (total === 0) {
    return (
      <EmptyState
        description={t('bookmarks.empty')}
        action={
          <ButtonLink to="/positions" type="primary">
            {t('bookmarks.goSearch')}
          </ButtonLink>
        }
      />
    );
  }
  return (
    <>
      <ol className={styles.list} aria-label={t('bookmarks.listLabel')}>
        {items.map((b) => (
          <li key={b.positionId}>
            <PositionCardView
              position={b.position}
              actions={
                <Button
                  size="small"
                  loading={setBookmark.isPending && setBookmark.variables?.positionId === b.positionId}
                  onClick={() => setBookmark.mutate({ positionId: b.positionId, on: false })}
                  aria-label={t('bookmarks.removeFor', { title: b.position.title })}
                >
                  {t('bookmarks.remove')}
                </Button>
              }
            />
          </li>
        ))}
      </ol>
      <SearchPager
        page={page}
        pageSize={bookmarksPageSize}
        total={total}
        onChange={(next) => setSearch((s) => withParams(s, { page: next === 1 ? null : String(next) }))}
      />
    </>
  );
}

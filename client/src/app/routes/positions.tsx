import { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle';
import { PositionSearchPage } from '../../features/position-search/components/position-search-page';
import { SaveSearchButton } from '../../features/saved-searches/components/save-search-button';

/** `/positions`, public: the position search; workers can save it with alerts and bookmark hits. */
export function PositionsRoute() {
  return (
    <PositionSearchPage
      actions={<SaveSearchButton />}
      hitActions={(hit) => <BookmarkToggle positionId={hit.id} bookmarked={hit.viewer?.bookmarked ?? false} />}
    />
  );
}

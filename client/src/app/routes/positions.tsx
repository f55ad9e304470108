import { PositionSearchPage } from '../../features/position-search/components/position-search-page';
import { SaveSearchButton } from '../../features/saved-searches/components/save-search-button';

/** `/positions`, public: the position search; workers can save it with alerts. */
export function PositionsRoute() {
  return <PositionSearchPage actions={<SaveSearchButton />} />;
}

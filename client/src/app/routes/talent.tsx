import { TalentSearchPage } from '../../features/talent-search/components/talent-search-page';

/** `/talent`: verified organisations and the bureau search the talent database. */
export function TalentRoute() {
  return <TalentSearchPage />;
}

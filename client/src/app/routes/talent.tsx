import { TalentActions } from '../../features/invitations/components/talent-actions';
import { TalentSearchPage } from '../../features/talent-search/components/talent-search-page';
import { useSession } from '../../lib/session';

/** `/talent`: verified organisations and the bureau search the talent database. */
export function TalentRoute() {
  const { user } = useSession();
  return (
    <TalentSearchPage
      renderActions={
        user?.role === 'org' ? (hit) => <TalentActions profileId={hit.id} name={hit.maskedName} /> : undefined
      }
    />
  );
}

import { useParams } from 'react-router';
import { TalentRecordPage } from '../../features/invitations/components/talent-record-page';
import { useSession } from '../../lib/session';

/** `/talent/:id`: one masked talent record; members of an organisation can invite and ask for contact. */
export function TalentRecordRoute() {
  const { id = '' } = useParams();
  const { user } = useSession();
  return <TalentRecordPage key={id} profileId={id} canConnect={user?.role === 'org'} />;
}

import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { ApplicationThread } from '../../features/conversations/components/application-thread';
import { MessagesPage } from '../../features/conversations/components/messages-page';
import { useSession } from '../../lib/session';

/** `/messages` and `/messages/:id`, for workers and organisation members. */
export function MessagesRoute() {
  const { t } = useTranslation();
  const { id = null } = useParams();
  const [search] = useSearchParams();
  const { user } = useSession();
  const applicationId = search.get('application');
  const side = user?.role === 'org' ? 'organisation' : 'worker';
  return (
    <>
      <PageHeading title={t('messages.title')} intro={t('messages.intro')} />
      {applicationId && /^[0-9a-f]{24}$/.test(applicationId) ? (
        <ApplicationThread applicationId={applicationId} />
      ) : (
        <MessagesPage side={side} currentId={id} />
      )}
    </>
  );
}

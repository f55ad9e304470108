import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { MyInvitations } from '../../features/invitations/components/my-invitations';

/** `/me/invitations`: invitations to apply and requests for the worker's contact details. */
export function MeInvitationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('invitations.worker.title')} intro={t('invitations.worker.intro')} />
      <MyInvitations />
    </>
  );
}

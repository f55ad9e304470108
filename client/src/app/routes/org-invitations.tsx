import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { SentInvitations } from '../../features/invitations/components/sent-invitations';

/** `/org/invitations`: the organisation's invitations to apply and its contact requests. */
export function OrgInvitationsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('invitations.org.title')} intro={t('invitations.org.intro')} />
      <SentInvitations />
    </>
  );
}

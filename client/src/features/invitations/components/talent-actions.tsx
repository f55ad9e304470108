import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { ContactRequestButton } from './contact-request-button';
import { InviteButton } from './invite-button';

/** What an organisation can do from a talent card: open the record, invite to apply, ask for contact. */
export function TalentActions({
  profileId,
  name,
  positionId,
}: {
  profileId: string;
  name: string;
  positionId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap size="small" data-testid="talent-actions">
      <ButtonLink to={`/talent/${profileId}`} size="small">
        {t('invitations.talent.openRecord')}
      </ButtonLink>
      <InviteButton profileId={profileId} name={name} {...(positionId ? { positionId } : {})} />
      <ContactRequestButton profileId={profileId} name={name} />
    </Space>
  );
}

import { Alert, Button, Descriptions } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSharedContact } from '../api/get-shared-contact';
import { useRefusalMessage } from './use-refusal-message';

/** Shows the worker's contact details on demand, once they agreed (each look is recorded). */
export function SharedContactPanel({ profileId }: { profileId: string }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const contact = useSharedContact(profileId, asked);
  const refusal = useRefusalMessage();
  if (!asked) {
    return (
      <Button onClick={() => setAsked(true)} data-testid="show-contact">
        {t('invitations.contact.show')}
      </Button>
    );
  }
  if (contact.isError) return <Alert type="info" showIcon title={refusal(contact.error)} />;
  if (!contact.data) return null;
  return (
    <div data-testid="shared-contact">
      <Alert
        type="success"
        showIcon
        title={
          contact.data.grounds === 'grant'
            ? t('invitations.contact.groundsGrant')
            : t('invitations.contact.groundsApplication')
        }
      />
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'name', label: t('invitations.contact.name'), children: contact.data.name },
          {
            key: 'mobile',
            label: t('invitations.contact.mobile'),
            children: contact.data.mobile ?? t('common.notGiven'),
          },
          { key: 'email', label: t('invitations.contact.email'), children: contact.data.email ?? t('common.notGiven') },
        ]}
      />
    </div>
  );
}

import { MESSAGE_MAX_LENGTH } from '@shsw/shared';
import { Button, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { useConversationAbout } from '../api/get-conversations';
import { useStartConversation } from '../api/start-conversation';
import { Composer } from './composer';

/** 向机构提问 on a position page, for a signed-in worker: continues their thread, or opens one with a question. */
export function AskOrganisation({ positionId }: { positionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const existing = useConversationAbout(positionId, true);
  const start = useStartConversation();
  if (existing.data) {
    return (
      <ButtonLink to={`/messages/${existing.data.id}`} block data-testid="ask-organisation">
        {t('messages.ask.continue')}
      </ButtonLink>
    );
  }
  return (
    <>
      <Button block onClick={() => setOpen(true)} data-testid="ask-organisation">
        {t('messages.ask.action')}
      </Button>
      <Modal open={open} title={t('messages.ask.title')} footer={null} onCancel={() => setOpen(false)} destroyOnHidden>
        <p>{t('messages.ask.intro', { max: MESSAGE_MAX_LENGTH })}</p>
        <Composer
          pending={start.isPending}
          error={start.error}
          placeholder={t('messages.ask.placeholder')}
          onSend={async (text) => {
            const { conversation } = await start.mutateAsync({ positionId, text });
            setOpen(false);
            navigate(`/messages/${conversation.id}`);
          }}
        />
      </Modal>
    </>
  );
}

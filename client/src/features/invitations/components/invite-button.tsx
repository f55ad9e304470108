import { INVITATION_MESSAGE_MAX } from '@shsw/shared';
import { Alert, App, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInvitationQuota } from '../api/get-invitation-quota';
import { useOpenPositions } from '../api/get-open-positions';
import { useSendInvitation } from '../api/send-invitation';
import { useRefusalMessage } from './use-refusal-message';

/** "邀请投递": choose one of the organisation's open positions and write a short message. */
export function InviteButton({
  profileId,
  name,
  positionId,
}: {
  profileId: string;
  /** The worker's masked name, for the dialog's title. */
  name: string;
  /** Preselected (the position whose matches tab this is). */
  positionId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>(positionId);
  const [text, setText] = useState('');
  const positions = useOpenPositions(open);
  const quota = useInvitationQuota(open);
  const send = useSendInvitation();
  const refusal = useRefusalMessage();
  const options = (positions.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }));
  const close = () => {
    setOpen(false);
    send.reset();
  };
  return (
    <>
      <Button type="primary" size="small" onClick={() => setOpen(true)} data-testid="invite-button">
        {t('invitations.invite.action')}
      </Button>
      <Modal
        open={open}
        title={t('invitations.invite.title', { name })}
        onCancel={close}
        okText={t('invitations.invite.send')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !chosen, loading: send.isPending, id: 'invite-send' }}
        onOk={() => {
          if (!chosen) return;
          send.mutate(
            { positionId: chosen, profileId, message: text },
            {
              onSuccess: () => {
                void message.success(t('invitations.invite.sent'));
                setText('');
                close();
              },
            },
          );
        }}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('invitations.invite.position')} required htmlFor={`invite-position-${profileId}`}>
            <Select
              id={`invite-position-${profileId}`}
              value={chosen}
              onChange={setChosen}
              options={options}
              loading={positions.isPending}
              placeholder={t('invitations.invite.positionPlaceholder')}
              notFoundContent={t('invitations.invite.noOpenPositions')}
              data-testid="invite-position"
            />
          </Form.Item>
          <Form.Item label={t('invitations.invite.message')} htmlFor={`invite-message-${profileId}`}>
            <Input.TextArea
              id={`invite-message-${profileId}`}
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={INVITATION_MESSAGE_MAX}
              showCount
              rows={4}
              placeholder={t('invitations.invite.messagePlaceholder')}
              data-testid="invite-message"
            />
          </Form.Item>
        </Form>
        <p>{t('invitations.invite.expiresNote')}</p>
        {quota.data && (
          <p>{t('invitations.invite.quota', { used: quota.data.usedToday, perDay: quota.data.perDay })}</p>
        )}
        {send.isError && <Alert type="error" showIcon title={refusal(send.error)} />}
      </Modal>
    </>
  );
}

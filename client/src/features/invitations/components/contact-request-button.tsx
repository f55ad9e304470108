import { CONTACT_REQUEST_NOTE_MAX } from '@shsw/shared';
import { Alert, App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactRequests } from '../api/get-contact-requests';
import { useRequestContact } from '../api/request-contact';
import { useRefusalMessage } from './use-refusal-message';

/** "申请查看联系方式", or where the organisation's request stands. */
export function ContactRequestButton({ profileId, name }: { profileId: string; name: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const existing = useContactRequests({ page: 1, profileId });
  const request = useRequestContact();
  const refusal = useRefusalMessage();
  const status = existing.data?.items[0]?.status;
  if (status === 'pending' || status === 'granted') {
    return (
      <Typography.Text type="secondary" data-testid="contact-request-status">
        {status === 'pending' ? t('invitations.contact.pending') : t('invitations.contactStatus.granted')}
      </Typography.Text>
    );
  }
  if (status === 'refused' || status === 'withdrawn') {
    return <Typography.Text type="secondary">{t('invitations.contact.refused')}</Typography.Text>;
  }
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} disabled={existing.isPending} data-testid="contact-request">
        {t('invitations.contact.request')}
      </Button>
      <Modal
        open={open}
        title={t('invitations.contact.requestTitle', { name })}
        onCancel={() => setOpen(false)}
        okText={t('invitations.contact.send')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: request.isPending }}
        onOk={() =>
          request.mutate(
            { profileId, note },
            {
              onSuccess: () => {
                void message.success(t('invitations.contact.requested'));
                setOpen(false);
              },
            },
          )
        }
        destroyOnHidden
      >
        <label htmlFor={`contact-note-${profileId}`}>{t('invitations.contact.note')}</label>
        <Input.TextArea
          id={`contact-note-${profileId}`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={CONTACT_REQUEST_NOTE_MAX}
          showCount
          rows={3}
          placeholder={t('invitations.contact.notePlaceholder')}
        />
        {request.isError && <Alert type="error" showIcon title={refusal(request.error)} />}
      </Modal>
    </>
  );
}

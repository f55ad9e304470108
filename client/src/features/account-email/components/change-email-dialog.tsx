import { emailChangeBodySchema } from '@shsw/shared';
import { Button, Input, Modal, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { useChangeEmail } from '../api/email-status';

/** A new address with the current password; nothing changes until the link mailed to it is followed. */
export function ChangeEmailDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const change = useChangeEmail();
  const [sent, setSent] = useState(false);
  return (
    <Modal open title={t('email.changeTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      {sent ? (
        <Result
          status="success"
          title={t('email.sent')}
          extra={
            <Button type="primary" onClick={onClose}>
              {t('common.close')}
            </Button>
          }
        />
      ) : (
        <>
          <p>{t('email.changeIntro')}</p>
          <Form
            schema={emailChangeBodySchema}
            defaultValues={{ email: '', currentPassword: '' }}
            submitLabel={t('email.submit')}
            aria-label={t('email.changeTitle')}
            actions={<Button onClick={onClose}>{t('common.cancel')}</Button>}
            describeError={(error) =>
              isApiError(error) && error.code === 'invalid_credentials' ? t('email.wrongPassword') : null
            }
            onSubmit={async (values) => {
              await change.mutateAsync(values);
              setSent(true);
            }}
          >
            {({ control }) => (
              <>
                <FormField control={control} name="email" label={t('email.newEmail')} required>
                  {(binding) => <Input {...textInput(binding)} type="email" autoComplete="email" inputMode="email" />}
                </FormField>
                <FormField control={control} name="currentPassword" label={t('auth.fields.currentPassword')} required>
                  {(binding) => <Input.Password {...textInput(binding)} autoComplete="current-password" />}
                </FormField>
              </>
            )}
          </Form>
        </>
      )}
    </Modal>
  );
}

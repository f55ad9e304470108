import { changePasswordBodySchema, checkPassword } from '@shsw/shared';
import { Button, Input, Modal, Result } from 'antd';
import { useState } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { messageKeyParam } from '../../../lib/issue-message';
import { useChangePassword } from '../api/change-password';
import { PasswordFeedback } from './password-feedback';

const changePasswordFormSchema = changePasswordBodySchema.superRefine((value, ctx) => {
  const result = checkPassword(value.newPassword);
  if (!result.ok && result.issues.includes('common')) {
    ctx.addIssue({
      code: 'custom',
      path: ['newPassword'],
      params: { [messageKeyParam]: 'passwordCommon' },
      message: 'common',
    });
  }
});

type ChangePasswordControl = Control<
  z.input<typeof changePasswordFormSchema>,
  unknown,
  z.output<typeof changePasswordFormSchema>
>;

/** Opened from the account menu; other sessions end, this one carries on. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [done, setDone] = useState(false);
  const close = () => {
    setDone(false);
    onClose();
  };
  return (
    <Modal open={open} title={t('auth.changePassword.title')} onCancel={close} footer={null} destroyOnHidden>
      {done ? (
        <Result
          status="success"
          title={t('auth.changePassword.done')}
          extra={
            <Button type="primary" onClick={close}>
              {t('common.close')}
            </Button>
          }
        />
      ) : (
        <>
          <p>{t('auth.changePassword.intro')}</p>
          <Form
            schema={changePasswordFormSchema}
            defaultValues={{ currentPassword: '', newPassword: '' }}
            submitLabel={t('auth.changePassword.submit')}
            actions={<Button onClick={close}>{t('common.cancel')}</Button>}
            describeError={(error) =>
              isApiError(error) && error.code === 'invalid_credentials' ? t('auth.changePassword.wrongCurrent') : null
            }
            onSubmit={async (values) => {
              await changePassword.mutateAsync(values);
              setDone(true);
            }}
          >
            {({ control }) => (
              <>
                <FormField control={control} name="currentPassword" label={t('auth.fields.currentPassword')} required>
                  {(binding) => <Input.Password {...textInput(binding)} autoComplete="current-password" />}
                </FormField>
                <NewPasswordField control={control} />
              </>
            )}
          </Form>
        </>
      )}
    </Modal>
  );
}

function NewPasswordField({ control }: { control: ChangePasswordControl }) {
  const { t } = useTranslation();
  const password = useWatch({ control, name: 'newPassword' });
  return (
    <FormField
      control={control}
      name="newPassword"
      label={t('auth.fields.newPassword')}
      extra={<PasswordFeedback password={password ?? ''} userInputs={[]} />}
      required
    >
      {(binding) => <Input.Password {...textInput(binding)} autoComplete="new-password" />}
    </FormField>
  );
}

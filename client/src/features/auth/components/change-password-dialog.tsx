import { changePasswordBodySchema } from '@shsw/shared';
import { Button, Input, Modal, Result } from 'antd';
import { useMemo, useState } from 'react';
import { type Control, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { messageKeyParam } from '../../../lib/issue-message';
import { useSession } from '../../../lib/session';
import { useChangePassword } from '../api/change-password';
import { passwordRefusal } from '../hooks/use-password-check';
import { PasswordFeedback } from './password-feedback';

/** The shared body, plus the shared password check (with the account's own name) once loaded. */
const changePasswordFormSchemaFor = (userInputs: readonly string[]) =>
  changePasswordBodySchema.superRefine((value, ctx) => {
    const refusal = passwordRefusal(value.newPassword, userInputs);
    if (refusal) {
      ctx.addIssue({ code: 'custom', path: ['newPassword'], params: { [messageKeyParam]: refusal }, message: refusal });
    }
  });
type ChangePasswordFormSchema = ReturnType<typeof changePasswordFormSchemaFor>;

type ChangePasswordControl = Control<z.input<ChangePasswordFormSchema>, unknown, z.output<ChangePasswordFormSchema>>;

/** Opened from the account menu; other sessions end, this one carries on. */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const changePassword = useChangePassword();
  const [done, setDone] = useState(false);
  const { user } = useSession();
  // The login is masked in the session; the display name is what the browser can check against.
  const userInputs = useMemo(() => (user ? [user.displayName] : []), [user]);
  const schema = useMemo(() => changePasswordFormSchemaFor(userInputs), [userInputs]);
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
            schema={schema}
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
                <NewPasswordField control={control} userInputs={userInputs} />
              </>
            )}
          </Form>
        </>
      )}
    </Modal>
  );
}

function NewPasswordField({ control, userInputs }: { control: ChangePasswordControl; userInputs: string[] }) {
  const { t } = useTranslation();
  const password = useWatch({ control, name: 'newPassword' });
  return (
    <FormField
      control={control}
      name="newPassword"
      label={t('auth.fields.newPassword')}
      extra={<PasswordFeedback password={password ?? ''} userInputs={userInputs} />}
      required
    >
      {(binding) => <Input.Password {...textInput(binding)} autoComplete="new-password" />}
    </FormField>
  );
}

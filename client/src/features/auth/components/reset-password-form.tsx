import { passwordResetBodySchema } from '@shsw/shared';
import { Input } from 'antd';
import { type Control, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { messageKeyParam } from '../../../lib/issue-message';
import { homePathFor } from '../../../lib/session';
import { useResetPassword } from '../api/password-reset';
import { passwordRefusal } from '../hooks/use-password-check';
import { PasswordFeedback } from './password-feedback';

/** The shared body, plus the shared password check once loaded (the server runs the same one). */
const resetFormSchema = passwordResetBodySchema.superRefine((value, ctx) => {
  const refusal = passwordRefusal(value.newPassword, []);
  if (refusal) {
    ctx.addIssue({ code: 'custom', path: ['newPassword'], params: { [messageKeyParam]: refusal }, message: refusal });
  }
});

/** The new password from a reset link; on success every other session has ended and this one starts. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reset = useResetPassword();
  return (
    <Form
      schema={resetFormSchema}
      defaultValues={{ token, newPassword: '' }}
      submitLabel={t('auth.reset.submit')}
      aria-label={t('auth.reset.title')}
      describeError={(error) => (isApiError(error) && error.code === 'link_invalid' ? t('auth.reset.invalid') : null)}
      onSubmit={async (values) => {
        const { user } = await reset.mutateAsync(values);
        navigate(homePathFor(user.role), { replace: true });
      }}
    >
      {({ control }) => <NewPassword control={control} />}
    </Form>
  );
}

type ResetControl = Control<z.input<typeof resetFormSchema>, unknown, z.output<typeof resetFormSchema>>;

function NewPassword({ control }: { control: ResetControl }) {
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
      {(binding) => <Input.Password {...textInput(binding)} autoComplete="new-password" autoFocus />}
    </FormField>
  );
}

import { passwordResetRequestSchema } from '@shsw/shared';
import { Input, Result } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { useLocale } from '../../../lib/use-locale';
import { useRequestPasswordReset } from '../api/password-reset';

/** The answer is the same whether or not the account exists; the mail (if any) says the rest. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const language = useLocale();
  const request = useRequestPasswordReset();
  const [sent, setSent] = useState(false);
  if (sent) {
    return (
      <Result
        status="success"
        title={t('auth.forgot.sentTitle')}
        subTitle={t('auth.forgot.sent')}
        extra={<ButtonLink to="/sign-in">{t('auth.forgot.back')}</ButtonLink>}
      />
    );
  }
  return (
    <Form
      schema={passwordResetRequestSchema.omit({ language: true })}
      defaultValues={{ login: '' }}
      submitLabel={t('auth.forgot.submit')}
      aria-label={t('auth.forgot.title')}
      onSubmit={async (values) => {
        await request.mutateAsync({ login: values.login, language });
        setSent(true);
      }}
    >
      {({ control }) => (
        <FormField control={control} name="login" label={t('auth.fields.login')} required>
          {(binding) => <Input {...textInput(binding)} autoComplete="username" inputMode="email" autoFocus />}
        </FormField>
      )}
    </Form>
  );
}

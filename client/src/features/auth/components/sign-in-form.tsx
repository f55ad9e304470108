import type { SessionUser } from '@shsw/shared';
import { signInBodySchema } from '@shsw/shared';
import { Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { useSignIn } from '../api/sign-in';

/**
 * E-mail or mobile and password. A wrong password and an unknown account get the same answer;
 * after several wrong passwords from this browser or network it is told when it may try again.
 */
export function SignInForm({ onSignedIn }: { onSignedIn: (user: SessionUser) => void }) {
  const { t } = useTranslation();
  const signIn = useSignIn();

  const describeError = (error: unknown): string | null => {
    if (!isApiError(error) || error.retryAfter === null) return null;
    const wait = {
      minutes: Math.max(1, Math.ceil(error.retryAfter / 60)),
      time: dayjs().add(error.retryAfter, 'second').format('HH:mm'),
    };
    if (error.code === 'too_many_attempts') return t('auth.signIn.throttled', { seconds: error.retryAfter, ...wait });
    if (error.code === 'rate_limited') return t('auth.rateLimited', wait);
    return null;
  };

  return (
    <Form
      schema={signInBodySchema}
      defaultValues={{ login: '', password: '' }}
      submitLabel={t('auth.signIn.submit')}
      describeError={describeError}
      aria-label={t('auth.signIn.title')}
      onSubmit={async (values) => {
        const { user } = await signIn.mutateAsync(values);
        onSignedIn(user);
      }}
    >
      {({ control }) => (
        <>
          <FormField control={control} name="login" label={t('auth.fields.login')} required>
            {(binding) => <Input {...textInput(binding)} autoComplete="username" inputMode="email" autoFocus />}
          </FormField>
          <FormField control={control} name="password" label={t('auth.fields.password')} required>
            {(binding) => <Input.Password {...textInput(binding)} autoComplete="current-password" />}
          </FormField>
        </>
      )}
    </Form>
  );
}

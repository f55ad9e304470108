import { PRIVACY_NOTICE_VERSION, type SessionUser, signUpBodySchema } from '@shsw/shared';
import { Alert, Checkbox, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { type Control, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { checkedInput, textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { messageKeyParam } from '../../../lib/issue-message';
import { useSignUp } from '../api/sign-up';
import { passwordRefusal } from '../hooks/use-password-check';
import { PasswordFeedback } from './password-feedback';
import { PrivacyNotice } from './privacy-notice';
import styles from './sign-up-form.module.css';

/** The shared sign-up body, plus the shared password check once the browser has loaded it. */
const signUpFormSchema = signUpBodySchema.superRefine((value, ctx) => {
  const refusal = passwordRefusal(value.password, [value.login, value.displayName]);
  if (refusal) {
    ctx.addIssue({ code: 'custom', path: ['password'], params: { [messageKeyParam]: refusal }, message: refusal });
  }
});

interface SignUpFormProps {
  inviteCode: string | null;
  onSignedUp: (user: SessionUser) => void;
}

export function SignUpForm({ inviteCode, onSignedUp }: SignUpFormProps) {
  const { t } = useTranslation();
  const signUp = useSignUp();

  const describeError = (error: unknown): string | null => {
    if (!isApiError(error)) return null;
    if (error.code === 'already_exists') return t('auth.signUp.alreadyExists');
    if (error.code === 'not_found') return t('auth.signUp.inviteNotFound');
    if (error.code === 'rate_limited' && error.retryAfter !== null) {
      return t('auth.rateLimited', {
        minutes: Math.max(1, Math.ceil(error.retryAfter / 60)),
        time: dayjs().add(error.retryAfter, 'second').format('HH:mm'),
      });
    }
    return null;
  };

  return (
    <Form
      schema={signUpFormSchema}
      defaultValues={{
        login: '',
        password: '',
        displayName: '',
        role: inviteCode ? 'org' : 'worker',
        inviteCode: inviteCode ?? undefined,
        privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      }}
      submitLabel={t('auth.signUp.submit')}
      describeError={describeError}
      aria-label={t('auth.signUp.title')}
      onSubmit={async (values) => {
        const { user } = await signUp.mutateAsync(values);
        onSignedUp(user);
      }}
    >
      {({ control, setValue }) => (
        <>
          {inviteCode && <Alert type="info" showIcon className={styles.invite} title={t('auth.signUp.invited')} />}
          <FormField
            control={control}
            name="login"
            label={t('auth.fields.login')}
            extra={t('auth.fields.loginHelp')}
            required
          >
            {(binding) => <Input {...textInput(binding)} autoComplete="username" inputMode="email" />}
          </FormField>
          <FormField
            control={control}
            name="displayName"
            label={t('auth.fields.displayName')}
            extra={t('auth.fields.displayNameHelp')}
            required
          >
            {(binding) => <Input {...textInput(binding)} autoComplete="nickname" maxLength={50} />}
          </FormField>
          <PasswordField control={control} />
          <FormField control={control} name="role" label={t('auth.fields.role')} required>
            {({ field, id, labelId, describedBy }) => (
              <Radio.Group
                aria-labelledby={labelId}
                id={id}
                value={field.value}
                onChange={(event) => {
                  field.onChange(event.target.value);
                  if (event.target.value === 'worker') setValue('inviteCode', undefined);
                }}
                aria-describedby={describedBy}
                disabled={Boolean(inviteCode)}
                className={styles.roles}
              >
                <Radio value="worker">
                  <strong>{t('auth.signUp.roleWorker')}</strong>
                  <span className={styles.roleHelp}>{t('auth.signUp.roleWorkerHelp')}</span>
                </Radio>
                <Radio value="org">
                  <strong>{t('auth.signUp.roleOrg')}</strong>
                  <span className={styles.roleHelp}>{t('auth.signUp.roleOrgHelp')}</span>
                </Radio>
              </Radio.Group>
            )}
          </FormField>
          <InviteField control={control} />
          <PrivacyNotice />
          <FormField control={control} name="acceptPrivacyNotice" className={styles.accept}>
            {(binding) => (
              <Checkbox
                {...checkedInput(binding)}
                onChange={(event) => binding.field.onChange(event.target.checked || undefined)}
              >
                {t('auth.signUp.acceptPrivacy', { version: PRIVACY_NOTICE_VERSION })}
              </Checkbox>
            )}
          </FormField>
        </>
      )}
    </Form>
  );
}

type SignUpControl = Control<z.input<typeof signUpFormSchema>, unknown, z.output<typeof signUpFormSchema>>;

function PasswordField({ control }: { control: SignUpControl }) {
  const { t } = useTranslation();
  const [password, login, displayName] = useWatch({ control, name: ['password', 'login', 'displayName'] });
  return (
    <FormField
      control={control}
      name="password"
      label={t('auth.fields.newPassword')}
      extra={<PasswordFeedback password={password ?? ''} userInputs={[login ?? '', displayName ?? '']} />}
      required
    >
      {(binding) => <Input.Password {...textInput(binding)} autoComplete="new-password" />}
    </FormField>
  );
}

/** Only for organisation accounts: an invitation code makes the new account a recruiter of that organisation. */
function InviteField({ control }: { control: SignUpControl }) {
  const { t } = useTranslation();
  const role = useWatch({ control, name: 'role' });
  if (role !== 'org') return null;
  return (
    <FormField
      control={control}
      name="inviteCode"
      label={
        <>
          {t('auth.fields.inviteCode')} {t('common.optional')}
        </>
      }
      extra={t('auth.fields.inviteCodeHelp')}
    >
      {(binding) => <Input {...textInput(binding)} autoComplete="off" spellCheck={false} />}
    </FormField>
  );
}

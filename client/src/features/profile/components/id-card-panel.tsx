import { idCardBodySchema, type OwnProfile, PRIVACY_NOTICE_VERSION, validateIdCard } from '@shsw/shared';
import { Alert, App, Button, Checkbox, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { checkedInput, textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { formatDateTime } from '../../../lib/format';
import { messageKeyParam } from '../../../lib/issue-message';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useRemoveIdCard, useSetIdCard } from '../api/id-card';
import styles from './id-card-panel.module.css';
import { SectionCard } from './section-card';

const idCardFormSchema = idCardBodySchema.superRefine((value, ctx) => {
  if (!validateIdCard(value.idCard, { asOf: new Date() }).ok) {
    ctx.addIssue({ code: 'custom', path: ['idCard'], params: { [messageKeyParam]: 'idCard' }, message: 'id card' });
  }
});

/**
 * The resident ID number is sensitive personal information under PIPL: it is asked for in its
 * own panel with its own explicit consent, shown only masked, and the consent can be withdrawn.
 */
export function IdCardPanel({ profile }: { profile: OwnProfile }) {
  const { t } = useTranslation();
  const setIdCard = useSetIdCard();
  const removeIdCard = useRemoveIdCard();
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();

  const withdraw = () =>
    modal.confirm({
      title: t('profile.idCard.withdrawConfirmTitle'),
      content: t('profile.idCard.withdrawConfirmText'),
      okText: t('profile.idCard.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => removeIdCard.mutateAsync(),
    });

  return (
    <SectionCard id="idCard" title={t('profile.idCard.title')} description={t('profile.idCard.description')}>
      {profile.idCard ? (
        <div className={styles.stored}>
          <p>
            {t('profile.idCard.stored')} <code className={styles.masked}>{profile.idCard.masked}</code>
          </p>
          <p className={styles.meta}>
            {t('profile.idCard.consentedAt', { at: formatDateTime(profile.idCard.consentedAt) })}
          </p>
          {removeIdCard.isError && <Alert type="error" showIcon title={errorMessage(removeIdCard.error)} />}
          <Button danger onClick={withdraw} loading={removeIdCard.isPending}>
            {t('profile.idCard.withdraw')}
          </Button>
        </div>
      ) : (
        <Form
          schema={idCardFormSchema}
          defaultValues={{ idCard: '', noticeVersion: PRIVACY_NOTICE_VERSION }}
          submitLabel={t('profile.idCard.submit')}
          aria-labelledby="idCard-title"
          onSubmit={async (values) => {
            await setIdCard.mutateAsync(values);
          }}
        >
          {({ control }) => (
            <>
              <FormField control={control} name="idCard" label={t('profile.idCard.number')} required>
                {(binding) => (
                  <Input
                    {...textInput(binding)}
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={18}
                    className={styles.input}
                  />
                )}
              </FormField>
              <div className={styles.consentText}>
                <p>{t('profile.idCard.consentPurpose')}</p>
                <p>{t('profile.idCard.consentHandling')}</p>
                <p>{t('profile.idCard.consentWithdraw')}</p>
              </div>
              <FormField control={control} name="consent">
                {(binding) => (
                  <Checkbox
                    {...checkedInput(binding)}
                    onChange={(e) => binding.field.onChange(e.target.checked || undefined)}
                  >
                    {t('profile.idCard.consent', { version: PRIVACY_NOTICE_VERSION })}
                  </Checkbox>
                )}
              </FormField>
            </>
          )}
        </Form>
      )}
    </SectionCard>
  );
}

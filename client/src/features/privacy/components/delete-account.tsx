import { deleteAccountBodySchema } from '@shsw/shared';
import { Alert, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { useDeleteAccount } from '../api/delete-account';
import styles from './delete-account.module.css';
import { RetentionExplained } from './retention-explained';

/**
 * Deleting is final: what goes and what stays (and why) first, then the password to confirm it is
 * really the account holder. The server's answer is shown on the page the person lands on.
 */
export function DeleteAccount() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const deleteAccount = useDeleteAccount();
  const [open, setOpen] = useState(false);
  const [ownsOrganisation, setOwnsOrganisation] = useState(false);
  return (
    <div>
      <Alert
        type="warning"
        showIcon
        title={t('privacy.delete.warningTitle')}
        description={t('privacy.delete.warning')}
        className={styles.warning}
      />
      <RetentionExplained />
      <Button danger onClick={() => setOpen(true)}>
        {t('privacy.delete.open')}
      </Button>
      <Modal
        open={open}
        title={t('privacy.delete.confirmTitle')}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
      >
        <p>{t('privacy.delete.confirmText')}</p>
        <Form
          schema={deleteAccountBodySchema}
          defaultValues={{ password: '' }}
          submitLabel={t('privacy.delete.submit')}
          actions={<Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>}
          describeError={(error) => {
            if (!isApiError(error)) return null;
            setOwnsOrganisation(error.code === 'organisation_owner');
            if (error.code === 'invalid_credentials') return t('privacy.delete.wrongPassword');
            if (error.code === 'organisation_owner') return t('privacy.delete.organisationOwner');
            return null;
          }}
          onSubmit={async (values) => {
            const report = await deleteAccount.mutateAsync(values);
            setOpen(false);
            navigate('/?deleted=1', { replace: true, state: { erasure: report } });
          }}
        >
          {({ control }) => (
            <FormField control={control} name="password" label={t('privacy.delete.password')} required>
              {(binding) => <Input.Password {...textInput(binding)} autoComplete="current-password" />}
            </FormField>
          )}
        </Form>
        {ownsOrganisation && <Link to="/org">{t('privacy.delete.toOrganisation')}</Link>}
      </Modal>
    </div>
  );
}

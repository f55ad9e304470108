import { closeOrganisationBodySchema, type Organisation } from '@shsw/shared';
import { Alert, App, Button, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { QueryError } from '../../../components/query-error';
import { isApiError } from '../../../lib/api-error';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useCloseOrganisation } from '../api/close-organisation';
import { useClosurePreview } from '../api/get-closure-preview';
import { useMembers } from '../api/get-members';
import { useTransferOwnership } from '../api/transfer-ownership';
import styles from './ownership-panel.module.css';

/** The owner's part: an organisation always has an owner, so it is handed over or closed, never left. */
export function OwnershipPanel({ organisation }: { organisation: Organisation }) {
  return (
    <div className={styles.panel}>
      <TransferOwnership orgId={organisation.id} />
      <CloseOrganisation organisation={organisation} />
    </div>
  );
}

function TransferOwnership({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const members = useMembers(orgId);
  const transfer = useTransferOwnership(orgId);
  const { modal, message } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [to, setTo] = useState<string | undefined>();
  const recruiters = (members.data?.items ?? []).filter((m) => m.orgRole === 'recruiter');
  const chosen = recruiters.find((m) => m.userId === to);
  return (
    <section aria-labelledby="transfer-title">
      <h3 id="transfer-title" className={styles.title}>
        {t('org.ownership.transferTitle')}
      </h3>
      <p>{t('org.ownership.transferText')}</p>
      {members.isError ? (
        <QueryError error={members.error} onRetry={() => void members.refetch()} />
      ) : recruiters.length === 0 ? (
        <p className={styles.muted}>{t('org.ownership.noRecruiters')}</p>
      ) : (
        <Space wrap>
          <Select
            aria-label={t('org.ownership.newOwner')}
            placeholder={t('org.ownership.newOwner')}
            className={styles.select}
            value={to}
            onChange={setTo}
            options={recruiters.map((m) => ({ value: m.userId, label: `${m.displayName}（${m.login}）` }))}
          />
          <Button
            disabled={!chosen}
            loading={transfer.isPending}
            onClick={() =>
              chosen &&
              modal.confirm({
                title: t('org.ownership.transferConfirm', { name: chosen.displayName }),
                content: t('org.ownership.transferConfirmText'),
                okText: t('org.ownership.transfer'),
                cancelText: t('common.cancel'),
                onOk: () =>
                  transfer
                    .mutateAsync(chosen.userId)
                    .then(() => message.success(t('org.ownership.transferred', { name: chosen.displayName })))
                    .catch((error: unknown) => {
                      modal.error({ title: errorMessage(error) });
                    }),
              })
            }
          >
            {t('org.ownership.transfer')}
          </Button>
        </Space>
      )}
    </section>
  );
}

function CloseOrganisation({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const preview = useClosurePreview(organisation.id, open);
  const close = useCloseOrganisation(organisation.id);
  const { message } = App.useApp();
  return (
    <section aria-labelledby="close-title">
      <h3 id="close-title" className={styles.title}>
        {t('org.ownership.closeTitle')}
      </h3>
      <p>{t('org.ownership.closeText')}</p>
      <Button danger onClick={() => setOpen(true)}>
        {t('org.ownership.closeOpen')}
      </Button>
      <Modal
        open={open}
        title={t('org.ownership.closeConfirmTitle', { name: organisation.name })}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
      >
        <Alert
          type="warning"
          showIcon
          className={styles.warning}
          title={t('org.ownership.closeWarningTitle')}
          description={
            <ul className={styles.list} data-testid="closure-consequences">
              <li>
                {preview.data
                  ? t('org.ownership.closePositions', { count: preview.data.positions })
                  : t('org.ownership.closePositionsUnknown')}
              </li>
              <li>
                {preview.data
                  ? t('org.ownership.closeApplications', { count: preview.data.activeApplications })
                  : t('org.ownership.closeApplicationsUnknown')}
              </li>
              <li>
                {preview.data
                  ? t('org.ownership.closeMembers', { count: preview.data.members })
                  : t('org.ownership.closeMembersUnknown')}
              </li>
              <li>{t('org.ownership.closeSearch')}</li>
              <li>{t('org.ownership.closeKept')}</li>
            </ul>
          }
        />
        {preview.isError && <QueryError error={preview.error} onRetry={() => void preview.refetch()} />}
        <Form
          schema={closeOrganisationBodySchema}
          defaultValues={{ password: '' }}
          submitLabel={t('org.ownership.closeSubmit')}
          actions={<Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>}
          describeError={(error) =>
            isApiError(error) && error.code === 'invalid_credentials' ? t('org.ownership.wrongPassword') : null
          }
          onSubmit={async (values) => {
            await close.mutateAsync(values);
            setOpen(false);
            void message.success(t('org.ownership.closed', { name: organisation.name }));
          }}
        >
          {({ control }) => (
            <FormField control={control} name="password" label={t('org.ownership.password')} required>
              {(binding) => <Input.Password {...textInput(binding)} autoComplete="current-password" />}
            </FormField>
          )}
        </Form>
      </Modal>
    </section>
  );
}

import { certificateDecisionBodySchema, certificateLevels } from '@shsw/shared';
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { ReasonDialog } from '../../../components/reason-dialog';
import { formatDateTime, useVocabularyLabel } from '../../../lib/format';
import { pageFrom, withParams } from '../../../lib/url-state';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useDecideCertificate } from '../api/decide-certificate';
import { certificateQueuePageSize, useCertificateQueue } from '../api/get-certificate-queue';
import { RegistryComparison } from './registry-comparison';
import type { CertificateQueueItem } from './types';

const refuseReasonSchema = certificateDecisionBodySchema.options[1].pick({ reason: true });

/** Claims the registry import could not match, each shown beside the registry's record. */
export function CertificateQueue() {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const [search, setSearch] = useSearchParams();
  const page = pageFrom(search);
  const queue = useCertificateQueue(page);
  const decide = useDecideCertificate();
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [refusing, setRefusing] = useState<CertificateQueueItem | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const verify = (item: CertificateQueueItem) =>
    modal.confirm({
      title: t('bureau.certificates.verifyConfirm', { name: item.holderName, number: item.number }),
      content: item.registry ? undefined : t('bureau.certificates.verifyWithoutRegistry'),
      okText: t('bureau.certificates.verify'),
      cancelText: t('common.cancel'),
      onOk: () =>
        decide
          .mutateAsync({ profileId: item.profileId, certificateId: item.certificateId, decision: 'verify' })
          .then(() => setFailure(null))
          .catch((error: unknown) => setFailure(errorMessage(error))),
    });

  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <>
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure}
          closable={{ onClose: () => setFailure(null) }}
          style={{ marginBottom: 16 }}
        />
      )}
      <DataList
        label={t('bureau.certificates.title')}
        loading={queue.isPending}
        rows={queue.data?.items ?? []}
        rowKey={(c) => `${c.profileId}-${c.certificateId}`}
        empty={<EmptyState description={t('bureau.certificates.empty')} />}
        columns={[
          {
            key: 'holder',
            title: t('bureau.certificates.holder'),
            primary: true,
            render: (c) => <strong>{c.holderName}</strong>,
          },
          { key: 'number', title: t('bureau.certificates.number'), render: (c) => <code>{c.number}</code> },
          {
            key: 'level',
            title: t('bureau.certificates.fields.level'),
            render: (c) => vocabulary(certificateLevels, c.level),
          },
          { key: 'year', title: t('bureau.certificates.fields.year'), render: (c) => c.yearObtained },
          { key: 'claimed', title: t('bureau.certificates.claimedAt'), render: (c) => formatDateTime(c.claimedAt) },
          {
            key: 'registry',
            title: t('bureau.certificates.registryRecord'),
            render: (c) => <RegistryComparison item={c} />,
          },
        ]}
        actions={(c) => (
          <Space wrap>
            <Button type="primary" size="small" onClick={() => verify(c)}>
              {t('bureau.certificates.verify')}
            </Button>
            <Button danger size="small" onClick={() => setRefusing(c)}>
              {t('bureau.certificates.refuse')}
            </Button>
          </Space>
        )}
        pagination={
          queue.data && {
            page,
            pageSize: certificateQueuePageSize,
            total: queue.data.total,
            onChange: (next) => setSearch((s) => withParams(s, { page: next })),
          }
        }
      />
      <ReasonDialog
        open={refusing !== null}
        title={t('bureau.certificates.refuseTitle', {
          name: refusing?.holderName ?? '',
          number: refusing?.number ?? '',
        })}
        description={t('bureau.certificates.refuseText')}
        schema={refuseReasonSchema}
        label={t('bureau.certificates.reason')}
        submitLabel={t('bureau.certificates.refuse')}
        onClose={() => setRefusing(null)}
        onSubmit={(reason) =>
          refusing
            ? decide.mutateAsync({
                profileId: refusing.profileId,
                certificateId: refusing.certificateId,
                decision: 'refuse',
                reason,
              })
            : Promise.resolve()
        }
      />
    </>
  );
}

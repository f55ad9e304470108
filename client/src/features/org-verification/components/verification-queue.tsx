import {
  findDistrict,
  findStreet,
  type Organisation,
  organisationTypes,
  verificationDecisionBodySchema,
} from '@shsw/shared';
import { Alert, App, Button, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { ReasonDialog } from '../../../components/reason-dialog';
import { formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';
import { pageFrom, withParams } from '../../../lib/url-state';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useDecideOrganisation } from '../api/decide-organisation';
import {
  useVerificationQueue,
  type VerificationStatus,
  verificationQueuePageSize,
} from '../api/get-verification-queue';
import styles from './verification-queue.module.css';

// Closed ones stay listed: their record is kept for the statistics.
const statuses: VerificationStatus[] = ['pending', 'verified', 'rejected', 'closed'];
const rejectReasonSchema = verificationDecisionBodySchema.options[1].pick({ reason: true });

function statusFrom(search: URLSearchParams): VerificationStatus {
  const value = search.get('status');
  return statuses.find((s) => s === value) ?? 'pending';
}

/** The bureau's queue of organisations by status (in the URL), verified or rejected one by one. */
export function VerificationQueue() {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const [search, setSearch] = useSearchParams();
  const status = statusFrom(search);
  const page = pageFrom(search);
  const queue = useVerificationQueue(status, page);
  const decide = useDecideOrganisation();
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [rejecting, setRejecting] = useState<Organisation | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const verify = (org: Organisation) =>
    modal.confirm({
      title: t('bureau.orgs.verifyConfirm', { name: org.name }),
      content: t('bureau.orgs.verifyText'),
      okText: t('bureau.orgs.verify'),
      cancelText: t('common.cancel'),
      onOk: () =>
        decide
          .mutateAsync({ id: org.id, decision: { decision: 'verify' } })
          .then(() => setFailure(null))
          .catch((error: unknown) => setFailure(errorMessage(error))),
    });

  const place = (org: Organisation) => {
    const district = findDistrict(org.districtCode);
    const street = findStreet(org.streetCode);
    return [district && label(district.label), street && label(street.label)].filter(Boolean).join(' · ');
  };

  return (
    <>
      <Tabs
        activeKey={status}
        onChange={(key) => setSearch((s) => withParams(s, { status: key === 'pending' ? null : key }))}
        items={statuses.map((s) => ({ key: s, label: t(`status.organisation.${s}`) }))}
      />
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure}
          closable={{ onClose: () => setFailure(null) }}
          className={styles.alert}
        />
      )}
      {queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <DataList
          label={t('bureau.orgs.listLabel', { status: t(`status.organisation.${status}`) })}
          loading={queue.isPending}
          rows={queue.data?.items ?? []}
          rowKey={(o) => o.id}
          empty={<EmptyState description={t(`bureau.orgs.empty.${status}`)} />}
          columns={[
            { key: 'name', title: t('org.fields.name'), primary: true, render: (o) => <strong>{o.name}</strong> },
            { key: 'code', title: t('org.fields.creditCode'), render: (o) => <code>{o.creditCode}</code> },
            { key: 'type', title: t('org.fields.type'), render: (o) => vocabulary(organisationTypes, o.type) },
            { key: 'place', title: t('org.fields.place'), render: place },
            {
              key: 'staff',
              title: t('org.fields.staffFigures'),
              render: (o) => (
                <span>
                  {t('bureau.orgs.staffShort', o.staff)}{' '}
                  {o.agencyQualified && <Tag color="blue">{t('org.agency.badge')}</Tag>}
                </span>
              ),
            },
            {
              key: 'contact',
              title: t('org.fields.contact'),
              render: (o) => [o.contact.name, o.contact.mobile].join(' · '),
            },
            {
              key: 'when',
              title: status === 'pending' ? t('bureau.orgs.submittedAt') : t('bureau.orgs.decidedAt'),
              render: (o) =>
                formatDateTime(status === 'pending' ? o.createdAt : (o.verification.decidedAt ?? o.createdAt)),
            },
            ...(status === 'rejected'
              ? [{ key: 'reason', title: t('bureau.orgs.reason'), render: (o: Organisation) => o.verification.reason }]
              : []),
          ]}
          actions={
            status === 'pending'
              ? (o) => (
                  <Space wrap>
                    <Button type="primary" size="small" onClick={() => verify(o)}>
                      {t('bureau.orgs.verify')}
                    </Button>
                    <Button danger size="small" onClick={() => setRejecting(o)}>
                      {t('bureau.orgs.reject')}
                    </Button>
                  </Space>
                )
              : undefined
          }
          pagination={
            queue.data && {
              page,
              pageSize: verificationQueuePageSize,
              total: queue.data.total,
              onChange: (next) => setSearch((s) => withParams(s, { page: next })),
            }
          }
        />
      )}
      <ReasonDialog
        open={rejecting !== null}
        title={t('bureau.orgs.rejectTitle', { name: rejecting?.name ?? '' })}
        description={t('bureau.orgs.rejectText')}
        schema={rejectReasonSchema}
        label={t('bureau.orgs.reason')}
        submitLabel={t('bureau.orgs.reject')}
        onClose={() => setRejecting(null)}
        onSubmit={(reason) =>
          rejecting
            ? decide.mutateAsync({ id: rejecting.id, decision: { decision: 'reject', reason } })
            : Promise.resolve()
        }
      />
    </>
  );
}

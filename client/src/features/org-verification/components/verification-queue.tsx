import {
  type BulkDecisionResult,
  findDistrict,
  findStreet,
  maskPhone,
  type Organisation,
  organisationTypes,
  verificationDecisionBodySchema,
} from '@shsw/shared';
import { Alert, App, Button, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BulkOutcome, useBulkSelection } from '../../../components/bulk-selection';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { ReasonDialog } from '../../../components/reason-dialog';
import { formatDateTime, useLabel, useVocabularyLabel } from '../../../lib/format';
import { pageFrom, withParams } from '../../../lib/url-state';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useBulkDecideOrganisations } from '../api/bulk-decide-organisations';
import { useDecideOrganisation } from '../api/decide-organisation';
import {
  useVerificationQueue,
  type VerificationStatus,
  verificationQueuePageSize,
} from '../api/get-verification-queue';
import { OrganisationDetailDrawer } from './organisation-detail-drawer';
import { VerificationFilters, verificationFiltersFrom } from './verification-filters';
import styles from './verification-queue.module.css';

// Closed ones stay listed: their record is kept for the statistics.
const statuses: VerificationStatus[] = ['pending', 'verified', 'rejected', 'closed'];
const rejectReasonSchema = verificationDecisionBodySchema.options[1].pick({ reason: true });
const idOf = (o: Organisation) => o.id;
const nameOf = (o: Organisation) => o.name;

function statusFrom(search: URLSearchParams): VerificationStatus {
  const value = search.get('status');
  return statuses.find((s) => s === value) ?? 'pending';
}

/**
 * The bureau's queue of organisations by status, searched and filtered (all in the URL); opened in
 * a drawer, verified or rejected one by one or in bulk.
 */
export function VerificationQueue() {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const [search, setSearch] = useSearchParams();
  const status = statusFrom(search);
  const page = pageFrom(search);
  const queue = useVerificationQueue(status, page, verificationFiltersFrom(search));
  const decide = useDecideOrganisation();
  const bulk = useBulkDecideOrganisations();
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [opened, setOpened] = useState<Organisation | null>(null);
  // One organisation, or the selected ones (bulk), waiting for a rejection reason.
  const [rejecting, setRejecting] = useState<Organisation[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<BulkDecisionResult | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const rows = queue.data?.items ?? [];
  const selection = useBulkSelection(rows, idOf, nameOf);
  const chosen = rows.filter((o) => selection.selected.includes(o.id));
  const pending = status === 'pending';

  const decideMany = (
    orgs: Organisation[],
    decision: { decision: 'verify' } | { decision: 'reject'; reason: string },
  ) => {
    setNames(new Map(orgs.map((o) => [o.id, o.name])));
    return bulk.mutateAsync({ ...decision, ids: orgs.map(idOf) }).then((result) => {
      setOutcome(result);
      setFailure(null);
      selection.clear();
    });
  };

  const verifySelected = () =>
    modal.confirm({
      title: t('bureauQueues.bulkVerifyOrgsConfirm', { n: chosen.length }),
      content: t('bureau.orgs.verifyText'),
      okText: t('bureau.orgs.verify'),
      cancelText: t('common.cancel'),
      onOk: () => decideMany(chosen, { decision: 'verify' }).catch((error: unknown) => setFailure(errorMessage(error))),
    });

  const verify = (org: Organisation) =>
    modal.confirm({
      title: t('bureau.orgs.verifyConfirm', { name: org.name }),
      content: t('bureau.orgs.verifyText'),
      okText: t('bureau.orgs.verify'),
      cancelText: t('common.cancel'),
      onOk: () =>
        decide
          .mutateAsync({ id: org.id, decision: { decision: 'verify' } })
          .then(() => {
            setFailure(null);
            setOpened(null);
          })
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
      <VerificationFilters />
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure}
          closable={{ onClose: () => setFailure(null) }}
          className={styles.alert}
        />
      )}
      {outcome && (
        <BulkOutcome result={outcome} nameOf={(id) => names.get(id) ?? id} onClose={() => setOutcome(null)} />
      )}
      {pending && (
        <Space wrap className={styles.alert} aria-live="polite">
          <span>{t('bureauQueues.selected', { n: chosen.length })}</span>
          <Button disabled={chosen.length === 0} onClick={verifySelected}>
            {t('bureauQueues.bulkVerify')}
          </Button>
          <Button danger disabled={chosen.length === 0} onClick={() => setRejecting(chosen)}>
            {t('bureauQueues.bulkReject')}
          </Button>
        </Space>
      )}
      {queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <DataList
          label={t('bureau.orgs.listLabel', { status: t(`status.organisation.${status}`) })}
          loading={queue.isPending}
          rows={rows}
          rowKey={idOf}
          empty={<EmptyState description={t(`bureau.orgs.empty.${status}`)} />}
          columns={[
            ...(pending ? [selection.column] : []),
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
              render: (o) => [o.contact.name, maskPhone(o.contact.mobile)].join(' · '),
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
          actionsTitle={t('common.actions')}
          actions={(o) => (
            <Space wrap>
              <Button
                size="small"
                onClick={() => setOpened(o)}
                aria-label={t('bureauQueues.openLabel', { name: o.name })}
              >
                {t('bureauQueues.open')}
              </Button>
              {pending && (
                <>
                  <Button type="primary" size="small" onClick={() => verify(o)}>
                    {t('bureau.orgs.verify')}
                  </Button>
                  <Button danger size="small" onClick={() => setRejecting([o])}>
                    {t('bureau.orgs.reject')}
                  </Button>
                </>
              )}
            </Space>
          )}
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
      <OrganisationDetailDrawer
        org={opened}
        onClose={() => setOpened(null)}
        {...(pending && opened?.status === 'pending'
          ? { onVerify: verify, onReject: (o: Organisation) => setRejecting([o]) }
          : {})}
      />
      <ReasonDialog
        open={rejecting !== null}
        title={
          rejecting?.length === 1
            ? t('bureau.orgs.rejectTitle', { name: rejecting[0]?.name ?? '' })
            : t('bureauQueues.bulkRejectTitle', { n: rejecting?.length ?? 0 })
        }
        description={t('bureau.orgs.rejectText')}
        schema={rejectReasonSchema}
        label={t('bureau.orgs.reason')}
        submitLabel={t('bureau.orgs.reject')}
        onClose={() => setRejecting(null)}
        onSubmit={async (reason) => {
          const orgs = rejecting ?? [];
          if (orgs.length === 1 && orgs[0]) {
            await decide.mutateAsync({ id: orgs[0].id, decision: { decision: 'reject', reason } });
            setOpened(null);
          } else if (orgs.length > 1) await decideMany(orgs, { decision: 'reject', reason });
        }}
      />
    </>
  );
}

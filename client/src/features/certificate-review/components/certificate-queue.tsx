import { type BulkDecisionResult, certificateDecisionBodySchema, certificateLevels, findDistrict } from '@shsw/shared';
import { Alert, App, Button, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BulkOutcome, useBulkSelection } from '../../../components/bulk-selection';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { ReasonDialog } from '../../../components/reason-dialog';
import { formatDate, useLabel, useVocabularyLabel } from '../../../lib/format';
import { pageFrom, withParams } from '../../../lib/url-state';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useBulkDecideCertificates } from '../api/bulk-decide-certificates';
import { useDecideCertificate } from '../api/decide-certificate';
import { certificateQueuePageSize, useCertificateQueue } from '../api/get-certificate-queue';
import { CertificateDetailDrawer } from './certificate-detail-drawer';
import { CertificateFilters, certificateFiltersFrom } from './certificate-filters';
import { ReasonTags } from './reason-tags';
import type { CertificateQueueItem } from './types';

const refuseReasonSchema = certificateDecisionBodySchema.options[1].pick({ reason: true });
const keyOf = (c: CertificateQueueItem) => `${c.profileId}:${c.certificateId}`;
const daysSince = (iso: string) => Math.max(0, Math.floor((Date.now() - Date.parse(iso)) / 86400_000));

/** Claims the registry could not match, with why; searched, filtered, opened one by one or decided in bulk. */
export function CertificateQueue() {
  const { t } = useTranslation();
  const label = useLabel();
  const vocabulary = useVocabularyLabel();
  const [search, setSearch] = useSearchParams();
  const page = pageFrom(search);
  const queue = useCertificateQueue(page, certificateFiltersFrom(search));
  const decide = useDecideCertificate();
  const bulk = useBulkDecideCertificates();
  const { modal } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const [opened, setOpened] = useState<CertificateQueueItem | null>(null);
  // One item, or the selected ones (bulk), waiting for a refusal reason.
  const [refusing, setRefusing] = useState<CertificateQueueItem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<BulkDecisionResult | null>(null);
  const rows = queue.data?.items ?? [];
  const nameOf = useCallback((c: CertificateQueueItem) => `${c.holderName} ${c.number}`, []);
  const selection = useBulkSelection(rows, keyOf, nameOf);
  const chosen = rows.filter((r) => selection.selected.includes(keyOf(r)));
  const [names, setNames] = useState<Map<string, string>>(new Map());

  const verify = (item: CertificateQueueItem) =>
    modal.confirm({
      title: t('bureau.certificates.verifyConfirm', { name: item.holderName, number: item.number }),
      content: item.registry ? undefined : t('bureau.certificates.verifyWithoutRegistry'),
      okText: t('bureau.certificates.verify'),
      cancelText: t('common.cancel'),
      onOk: () =>
        decide
          .mutateAsync({ profileId: item.profileId, certificateId: item.certificateId, decision: 'verify' })
          .then(() => {
            setFailure(null);
            setOpened(null);
          })
          .catch((error: unknown) => setFailure(errorMessage(error))),
    });

  const decideMany = (
    items: CertificateQueueItem[],
    decision: { decision: 'verify' } | { decision: 'refuse'; reason: string },
  ) => {
    setNames(new Map(items.map((i) => [keyOf(i), nameOf(i)])));
    return bulk
      .mutateAsync({
        ...decision,
        items: items.map((i) => ({ profileId: i.profileId, certificateId: i.certificateId })),
      })
      .then((result) => {
        setOutcome(result);
        setFailure(null);
        selection.clear();
      });
  };

  const verifySelected = () =>
    modal.confirm({
      title: t('bureauQueues.bulkVerifyConfirm', { n: chosen.length }),
      okText: t('bureau.certificates.verify'),
      cancelText: t('common.cancel'),
      onOk: () => decideMany(chosen, { decision: 'verify' }).catch((error: unknown) => setFailure(errorMessage(error))),
    });

  if (queue.isError) return <QueryError error={queue.error} onRetry={() => void queue.refetch()} />;
  return (
    <>
      <Alert type="info" showIcon title={t('bureauQueues.autoRule')} style={{ marginBottom: 16 }} />
      <CertificateFilters />
      {failure && (
        <Alert
          type="error"
          showIcon
          title={failure}
          closable={{ onClose: () => setFailure(null) }}
          style={{ marginBottom: 16 }}
        />
      )}
      {outcome && (
        <BulkOutcome result={outcome} nameOf={(id) => names.get(id) ?? id} onClose={() => setOutcome(null)} />
      )}
      <Space wrap style={{ marginBottom: 12 }} aria-live="polite">
        <span>{t('bureauQueues.selected', { n: chosen.length })}</span>
        <Button disabled={chosen.length === 0} onClick={verifySelected}>
          {t('bureauQueues.bulkVerify')}
        </Button>
        <Button danger disabled={chosen.length === 0} onClick={() => setRefusing(chosen)}>
          {t('bureauQueues.bulkRefuse')}
        </Button>
      </Space>
      <DataList
        label={t('bureau.certificates.title')}
        loading={queue.isPending}
        rows={rows}
        rowKey={keyOf}
        empty={<EmptyState description={t('bureau.certificates.empty')} />}
        columns={[
          selection.column,
          {
            key: 'holder',
            title: t('bureau.certificates.holder'),
            primary: true,
            render: (c) => <strong>{c.holderName || t('common.notGiven')}</strong>,
          },
          { key: 'number', title: t('bureau.certificates.number'), render: (c) => <code>{c.number}</code> },
          {
            key: 'level',
            title: t('bureau.certificates.fields.level'),
            render: (c) => `${vocabulary(certificateLevels, c.level)} · ${c.yearObtained}`,
          },
          {
            key: 'district',
            title: t('bureauQueues.district'),
            render: (c) => {
              const district = c.districtCode ? findDistrict(c.districtCode) : undefined;
              return district ? label(district.label) : t('common.notGiven');
            },
          },
          {
            key: 'claimed',
            title: t('bureau.certificates.claimedAt'),
            render: (c) =>
              t('bureauQueues.waitingSince', { date: formatDate(c.claimedAt), days: daysSince(c.claimedAt) }),
          },
          { key: 'reasons', title: t('bureauQueues.reason'), render: (c) => <ReasonTags reasons={c.reasons} /> },
        ]}
        actionsTitle={t('common.actions')}
        actions={(c) => (
          <Space wrap>
            <Button
              size="small"
              onClick={() => setOpened(c)}
              aria-label={t('bureauQueues.openLabel', { name: nameOf(c) })}
            >
              {t('bureauQueues.open')}
            </Button>
            <Button type="primary" size="small" onClick={() => verify(c)}>
              {t('bureau.certificates.verify')}
            </Button>
            <Button danger size="small" onClick={() => setRefusing([c])}>
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
      <CertificateDetailDrawer
        item={opened}
        onClose={() => setOpened(null)}
        onVerify={verify}
        onRefuse={(c) => setRefusing([c])}
      />
      <ReasonDialog
        open={refusing !== null}
        title={
          refusing?.length === 1
            ? t('bureau.certificates.refuseTitle', {
                name: refusing[0]?.holderName ?? '',
                number: refusing[0]?.number ?? '',
              })
            : t('bureauQueues.bulkRefuseTitle', { n: refusing?.length ?? 0 })
        }
        description={t('bureau.certificates.refuseText')}
        schema={refuseReasonSchema}
        label={t('bureau.certificates.reason')}
        submitLabel={t('bureau.certificates.refuse')}
        onClose={() => setRefusing(null)}
        onSubmit={async (reason) => {
          const items = refusing ?? [];
          if (items.length === 1 && items[0]) {
            await decide.mutateAsync({ ...items[0], decision: 'refuse', reason });
            setOpened(null);
          } else if (items.length > 1) await decideMany(items, { decision: 'refuse', reason });
        }}
      />
    </>
  );
}

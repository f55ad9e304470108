import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useConsents } from '../api/get-consents';

export function ConsentsList() {
  const { t } = useTranslation();
  const consents = useConsents();
  if (consents.isError) return <QueryError error={consents.error} onRetry={() => void consents.refetch()} />;
  return (
    <DataList
      label={t('privacy.consents.title')}
      loading={consents.isPending}
      rows={consents.data?.items ?? []}
      rowKey={(row) => `${row.kind}-${row.grantedAt}`}
      empty={<EmptyState description={t('privacy.consents.empty')} />}
      columns={[
        {
          key: 'kind',
          title: t('privacy.consents.kind'),
          primary: true,
          render: (row) => t(`privacy.consents.kinds.${row.kind}`),
        },
        { key: 'version', title: t('privacy.consents.version'), render: (row) => row.noticeVersion },
        { key: 'granted', title: t('privacy.consents.grantedAt'), render: (row) => formatDateTime(row.grantedAt) },
        {
          key: 'state',
          title: t('privacy.consents.state'),
          render: (row) =>
            row.withdrawnAt ? (
              <Tag>{t('privacy.consents.withdrawnAt', { at: formatDateTime(row.withdrawnAt) })}</Tag>
            ) : (
              <Tag color="green">{t('privacy.consents.active')}</Tag>
            ),
        },
      ]}
    />
  );
}

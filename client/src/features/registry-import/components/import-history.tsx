import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { withParams } from '../../../lib/url-state';
import { importsPageSize, useRegistryImports } from '../api/get-imports';
import { ImportStatusTag } from './import-status-tag';

export function ImportHistory({ selected, onSelect }: { selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('historyPage')) || 1);
  const imports = useRegistryImports(page);
  if (imports.isError) return <QueryError error={imports.error} onRetry={() => void imports.refetch()} />;
  return (
    <DataList
      label={t('bureau.registry.historyTitle')}
      loading={imports.isPending}
      rows={imports.data?.items ?? []}
      rowKey={(run) => run.id}
      empty={<EmptyState description={t('bureau.registry.historyEmpty')} />}
      columns={[
        { key: 'file', title: t('bureau.registry.fileName'), primary: true, render: (run) => run.fileName },
        {
          key: 'status',
          title: t('bureau.registry.statusLabel'),
          render: (run) => <ImportStatusTag status={run.status} />,
        },
        { key: 'started', title: t('bureau.registry.startedAt'), render: (run) => formatDateTime(run.startedAt) },
        { key: 'rows', title: t('bureau.registry.rowsLabel'), render: (run) => run.totalRows },
        {
          key: 'result',
          title: t('bureau.registry.result'),
          render: (run) =>
            run.status === 'failed'
              ? t('bureau.registry.resultFailed', { count: run.errors.length + run.moreErrors })
              : t('bureau.registry.resultDone', run),
        },
      ]}
      actions={(run) => (
        <Button
          size="small"
          type={run.id === selected ? 'primary' : 'default'}
          onClick={() => onSelect(run.id)}
          aria-pressed={run.id === selected}
        >
          {t('bureau.registry.view')}
        </Button>
      )}
      pagination={
        imports.data && {
          page,
          pageSize: importsPageSize,
          total: imports.data.total,
          onChange: (next) => setSearch((s) => withParams(s, { historyPage: next, page: undefined })),
        }
      }
    />
  );
}

import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { pageFrom, withParams } from '../../../lib/url-state';
import { profileViewsPageSize, useProfileViews } from '../api/get-profile-views';

/** Every view of the profile and every contact reveal: who, when, what. */
export function ProfileViewsList() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = pageFrom(search);
  const views = useProfileViews(page);
  if (views.isError) return <QueryError error={views.error} onRetry={() => void views.refetch()} />;
  return (
    <DataList
      label={t('profile.views.title')}
      loading={views.isPending}
      rows={views.data?.items ?? []}
      rowKey={(row) => `${row.at}-${row.viewer.name}-${row.action}`}
      empty={<EmptyState description={t('profile.views.empty')} />}
      columns={[
        { key: 'viewer', title: t('profile.views.viewer'), primary: true, render: (row) => row.viewer.name },
        { key: 'kind', title: t('profile.views.kind'), render: (row) => t(`profile.views.kinds.${row.viewer.kind}`) },
        { key: 'action', title: t('profile.views.action'), render: (row) => t(`profile.views.actions.${row.action}`) },
        { key: 'at', title: t('profile.views.at'), render: (row) => formatDateTime(row.at) },
      ]}
      pagination={
        views.data && {
          page,
          pageSize: profileViewsPageSize,
          total: views.data.total,
          onChange: (next) => setSearch((s) => withParams(s, { page: next })),
        }
      }
    />
  );
}

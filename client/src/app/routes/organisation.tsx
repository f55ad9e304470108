import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageLoading } from '../../components/page-loading';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { useOrganisationPage } from '../../features/organisations/api/get-organisation-page';
import { OrganisationPublicPage } from '../../features/organisations/components/organisation-public-page';
import { isApiError } from '../../lib/api-error';
import { withParams } from '../../lib/url-state';

/** `/organisations/:id`, public: a verified organisation's page, linked from its positions. */
export function OrganisationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const query = useOrganisationPage(id, page);
  if (query.isPending) return <PageLoading />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.code === 'not_found' || query.error.code === 'validation_failed')) {
      return (
        <Result
          status="404"
          title={
            <PageTitle documentTitle={t('organisationPage.notFound.title')}>
              {t('organisationPage.notFound.title')}
            </PageTitle>
          }
          subTitle={t('organisationPage.notFound.text')}
          extra={
            <ButtonLink to="/positions" type="primary">
              {t('bookmarks.goSearch')}
            </ButtonLink>
          }
        />
      );
    }
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <OrganisationPublicPage
      data={query.data}
      page={page}
      onPage={(next) => setSearch((s) => withParams(s, { page: next === 1 ? null : String(next) }))}
    />
  );
}

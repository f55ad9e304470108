import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button-link';
import { PageHeading } from '../../components/page-heading';
import { SavedSearchesList } from '../../features/saved-searches/components/saved-searches-list';

/** `/me/saved-searches`: the worker's saved searches and how often each alerts. */
export function MeSavedSearchesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading
        title={t('savedSearches.list.title')}
        intro={t('savedSearches.list.intro')}
        extra={
          <ButtonLink to="/positions" icon={<SearchOutlined aria-hidden />}>
            {t('savedSearches.list.goSearch')}
          </ButtonLink>
        }
      />
      <SavedSearchesList />
    </>
  );
}

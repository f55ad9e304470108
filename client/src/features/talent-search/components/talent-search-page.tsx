import { type TalentHit, talentSearchQuerySchema } from '@shsw/shared';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { PageHeading } from '../../../components/page-heading';
import { ActiveFilters } from '../../../components/search/active-filters';
import { SearchBox } from '../../../components/search/search-box';
import { SearchLayout } from '../../../components/search/search-layout';
import { SearchResultsBody } from '../../../components/search/search-results';
import { SearchToolbar } from '../../../components/search/search-toolbar';
import { UnderstoodPlaces } from '../../../components/search/understood-places';
import { isApiError } from '../../../lib/api-error';
import { notFilterChips, useFilterChips } from '../../../lib/search-filters';
import { useSearchUrl } from '../../../lib/use-search-url';
import { useTalentSearch } from '../api/search-talent';
import { TalentFacets } from './talent-facets';
import { TalentHitCard } from './talent-hit-card';

const sorts = ['relevance', 'newest', 'salary'] as const;

/** `/talent`: visible talent records for verified organisations and the bureau, masked, with facets in the URL. */
/** `renderActions`: what the page's user can do from each card (the route composes it from other features). */
export function TalentSearchPage({
  renderActions,
}: {
  renderActions?: ((hit: TalentHit) => ReactNode) | undefined;
} = {}) {
  const { t } = useTranslation();
  const { query, set, setList, setText, filterByPlaces, clear, remove } = useSearchUrl(talentSearchQuerySchema);
  const result = useTalentSearch(query);
  const chips = useFilterChips()(query);
  const data = result.data;
  if (isApiError(result.error) && result.error.code === 'not_verified') return <NotVerified />;
  return (
    <>
      <PageHeading title={t('talentSearch.title')} intro={t('talentSearch.intro')} />
      <SearchLayout
        activeCount={chips.filter((c) => !notFilterChips.has(c.key)).length}
        total={result.isPending ? null : (data?.total ?? 0)}
        filters={
          <TalentFacets
            query={query}
            facets={data?.facets ?? {}}
            total={data && !result.isPlaceholderData ? data.total : null}
            onList={setList}
            onSet={set}
          />
        }
        toolbar={
          <>
            <SearchBox
              label={t('talentSearch.boxLabel')}
              placeholder={t('talentSearch.placeholder')}
              buttonLabel={t('search.box.button')}
              value={query.q ?? ''}
              onSearch={setText}
            />
            <UnderstoodPlaces
              places={data?.understood.places ?? []}
              ignored={data?.understood.ignored ?? []}
              onRemove={() => set({ places: 'off' })}
              onOnly={() => data && filterByPlaces(data.understood.places, data.understood.text)}
            />
            <ActiveFilters chips={chips} onRemove={remove} onClear={clear} />
            <SearchToolbar
              summary={data ? t('talentSearch.total', { count: data.total }) : null}
              sort={query.sort}
              sortOptions={sorts.map((s) => ({ value: s, label: t(`talentSearch.sort.${s}`) }))}
              onSort={(sort) => set({ sort: sort === 'relevance' ? null : sort })}
            />
          </>
        }
      >
        <SearchResultsBody
          result={result}
          empty={{ plain: t('talentSearch.empty'), filtered: t('talentSearch.emptyFiltered') }}
          filtered={chips.length > 0}
          onClear={clear}
          label={t('talentSearch.resultsLabel')}
          note={t('talentSearch.masked')}
          render={(hit) => <TalentHitCard hit={hit} actions={renderActions?.(hit)} />}
          onPage={(page) => set({ page })}
        />
      </SearchLayout>
    </>
  );
}

/** An organisation not yet verified may not search talent: why, and where verification is. */
function NotVerified() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('talentSearch.title')} />
      <Result
        status="info"
        title={t('talentSearch.notVerified.title')}
        subTitle={t('talentSearch.notVerified.text')}
        extra={
          <ButtonLink to="/org" type="primary">
            {t('talentSearch.notVerified.link')}
          </ButtonLink>
        }
      />
    </>
  );
}

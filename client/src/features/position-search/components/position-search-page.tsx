import { type PositionHit, positionSearchQuerySchema } from '@shsw/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading';
import { ActiveFilters } from '../../../components/search/active-filters';
import { SearchBox } from '../../../components/search/search-box';
import { SearchLayout } from '../../../components/search/search-layout';
import { SearchResultsBody } from '../../../components/search/search-results';
import { SearchToolbar } from '../../../components/search/search-toolbar';
import { UnderstoodPlaces } from '../../../components/search/understood-places';
import { notFilterChips, useFilterChips } from '../../../lib/search-filters';
import { useSearchUrl } from '../../../lib/use-search-url';
import { usePositionSearch } from '../api/search-positions';
import { PositionFacets } from './position-facets';
import { PositionHitCard } from './position-hit-card';

const sorts = ['relevance', 'newest', 'salary'] as const;

/**
 * `/positions`: open positions by words and facets, with counts per facet value. Everything is in
 * the URL, so a search can be shared, bookmarked and undone with the back button. `actions` sits
 * beside the heading (saving the search), `hitActions` at the foot of each hit (收藏).
 */
export function PositionSearchPage({
  actions,
  hitActions,
}: {
  actions?: ReactNode;
  hitActions?: (hit: PositionHit) => ReactNode;
}) {
  const { t } = useTranslation();
  const { query, set, setList, setText, filterByPlaces, clear, remove } = useSearchUrl(positionSearchQuerySchema);
  const result = usePositionSearch(query);
  const chips = useFilterChips()(query);
  const data = result.data;
  const filterCount = chips.filter((c) => !notFilterChips.has(c.key)).length;
  return (
    <>
      <PageHeading title={t('search.positions.title')} intro={t('search.positions.intro')} extra={actions} />
      <SearchLayout
        activeCount={filterCount}
        total={result.isPending ? null : (data?.total ?? 0)}
        filters={<PositionFacets query={query} facets={data?.facets ?? {}} onList={setList} onSet={set} />}
        toolbar={
          <>
            <SearchBox
              label={t('search.positions.boxLabel')}
              placeholder={t('search.positions.placeholder')}
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
              summary={data ? t('search.positions.total', { count: data.total }) : null}
              sort={query.sort}
              sortOptions={sorts.map((s) => ({ value: s, label: t(`search.sort.positions.${s}`) }))}
              onSort={(sort) => set({ sort: sort === 'relevance' ? null : sort })}
            />
          </>
        }
      >
        <SearchResultsBody
          result={result}
          empty={{ plain: t('search.positions.empty'), filtered: t('search.positions.emptyFiltered') }}
          filtered={chips.length > 0}
          onClear={clear}
          label={t('search.positions.resultsLabel')}
          render={(hit) => <PositionHitCard hit={hit} actions={hitActions?.(hit)} />}
          onPage={(page) => set({ page })}
        />
      </SearchLayout>
    </>
  );
}

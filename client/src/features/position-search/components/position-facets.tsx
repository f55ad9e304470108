import {
  certificateLevels,
  districts,
  educationLevels,
  employmentTypes,
  type Label,
  organisationTypes,
  serviceDomains,
  talentCategories,
} from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { FacetChecklist, FacetRadio } from '../../../components/search/facet-checklist';
import {
  streetOptions,
  streetSearchPool,
  useOtherLanguage,
  vocabularyOptions,
} from '../../../components/search/facet-options';
import { SalaryFilter } from '../../../components/search/salary-filter';
import { useLabel } from '../../../lib/format';
import type { PositionQuery } from '../api/search-positions';

type Counts = Record<string, number>;
type Facets = Record<string, Counts>;

interface PositionFacetsProps {
  query: PositionQuery;
  /** The API's facet counts; empty until the first answer. */
  facets: Facets;
  onList: (key: string, values: string[]) => void;
  onSet: (changes: Record<string, string | number | null | undefined>) => void;
}

const postedWithin: readonly number[] = [1, 3, 7, 30];

/** The facet sidebar of the position search: every facet the API counts, and the range filters. */
export function PositionFacets({ query, facets, onList, onSet }: PositionFacetsProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const other = useOtherLanguage();
  const options = (entries: readonly { code: string; label: Label }[], facet: string) =>
    vocabularyOptions(entries, facets[facet], label, other);
  return (
    <>
      <FacetChecklist
        title={t('search.facets.domain')}
        options={options(serviceDomains, 'domain')}
        selected={query.domain}
        onChange={(values) => onList('domain', values)}
        testId="facet-domain"
      />
      <FacetChecklist
        title={t('search.facets.district')}
        options={options(districts, 'district')}
        selected={query.district}
        onChange={(values) => onList('district', values)}
        testId="facet-district"
      />
      <FacetChecklist
        title={t('search.facets.street')}
        options={streetOptions(facets.street, query.street, label, other)}
        searchPool={streetSearchPool(facets.street, query.district, label, other)}
        selected={query.street}
        onChange={(values) => onList('street', values)}
        searchable
        visible={6}
        testId="facet-street"
      />
      <FacetChecklist
        title={t('search.facets.employmentType')}
        options={options(employmentTypes, 'employmentType')}
        selected={query.employmentType}
        onChange={(values) => onList('employmentType', values)}
        testId="facet-employmentType"
      />
      <FacetChecklist
        title={t('search.facets.talentCategory')}
        options={options(talentCategories, 'talentCategory')}
        selected={query.talentCategory}
        onChange={(values) => onList('talentCategory', values)}
        testId="facet-talentCategory"
      />
      <FacetChecklist
        title={t('search.facets.orgType')}
        options={options(organisationTypes, 'orgType')}
        selected={query.orgType}
        onChange={(values) => onList('orgType', values)}
        testId="facet-orgType"
      />
      <SalaryFilter
        title={t('search.facets.salary')}
        help={t('search.salary.positionHelp')}
        min={query.salaryMin}
        max={query.salaryMax}
        onApply={({ min, max }) => onSet({ salaryMin: min, salaryMax: max })}
      />
      <FacetRadio
        title={t('search.facets.certLevelMin')}
        value={query.certLevelMin && query.certLevelMin !== 'none' ? query.certLevelMin : ''}
        onChange={(value) => onSet({ certLevelMin: value })}
        choices={[
          { value: '', label: t('search.facets.any') },
          ...certificateLevels.map((l) => ({
            value: l.code,
            label: t('search.facets.atLeast', { level: label(l.label) }),
          })),
        ]}
        testId="facet-certLevelMin"
      />
      <FacetRadio
        title={t('search.facets.educationMin')}
        value={query.educationMin && query.educationMin !== 'none' ? query.educationMin : ''}
        onChange={(value) => onSet({ educationMin: value })}
        choices={[
          { value: '', label: t('search.facets.any') },
          // The lowest level already reads "or below": "at least" it would say nothing.
          ...educationLevels
            .filter((l) => l.rank > 1 || l.code === query.educationMin)
            .map((l) => ({
              value: l.code,
              label: t('search.facets.atLeast', { level: label(l.label) }),
            })),
        ]}
        testId="facet-educationMin"
      />
      <FacetRadio
        title={t('search.facets.postedWithinDays')}
        value={query.postedWithinDays ? String(query.postedWithinDays) : ''}
        onChange={(value) => onSet({ postedWithinDays: value })}
        choices={[
          { value: '', label: t('search.facets.anyTime') },
          // A shared link may carry another window than the offered ones: it shows as chosen too.
          ...[...new Set([...postedWithin, ...(query.postedWithinDays ? [query.postedWithinDays] : [])])]
            .sort((a, b) => a - b)
            .map((days) => ({ value: String(days), label: t('search.facets.withinDays', { count: days }) })),
        ]}
        testId="facet-postedWithinDays"
      />
    </>
  );
}

import {
  certificateLevels,
  districts,
  educationLevels,
  employmentTypes,
  type Label,
  serviceDomains,
  talentCategories,
} from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { FacetChecklist, type FacetChoice, FacetRadio, FacetToggle } from '../../../components/search/facet-checklist';
import {
  streetOptions,
  streetSearchPool,
  useOtherLanguage,
  vocabularyOptions,
} from '../../../components/search/facet-options';
import { SalaryFilter } from '../../../components/search/salary-filter';
import { useLabel } from '../../../lib/format';
import type { TalentQuery } from '../api/search-talent';

type Counts = Record<string, number>;

interface TalentFacetsProps {
  query: TalentQuery;
  facets: Record<string, Counts>;
  /** Results of the current search, for the "any level" choice; null while loading. */
  total: number | null;
  onList: (key: string, values: string[]) => void;
  onSet: (changes: Record<string, string | number | null | undefined>) => void;
}

/**
 * "At least this level" choices with counts summed from the API's per-level counts. With a minimum
 * in force the counts below it are unknown (those records are filtered out), so they are left off.
 */
export function atLeastChoices(
  levels: readonly { code: string; label: Label; rank: number }[],
  counts: Counts | undefined,
  selected: string,
  total: number | null,
  texts: { any: string; atLeast: (level: string) => string; label: (l: Label) => string },
  /** Levels below this are not offered (the lowest education level already reads "or below"). */
  lowestOffered = 1,
): FacetChoice[] {
  const selectedRank = levels.find((l) => l.code === selected)?.rank ?? 0;
  const atLeast = (rank: number) =>
    levels.filter((l) => l.rank >= rank).reduce((sum, l) => sum + (counts?.[l.code] ?? 0), 0);
  return [
    { value: '', label: texts.any, ...(selectedRank === 0 && total !== null ? { count: total } : {}) },
    ...levels
      .filter((l) => l.rank >= lowestOffered || l.code === selected)
      .map((l) => ({
        value: l.code,
        label: texts.atLeast(texts.label(l.label)),
        ...(counts && l.rank >= selectedRank ? { count: atLeast(l.rank) } : {}),
      })),
  ];
}

/** The facet sidebar of the talent search: the API's counted facets, minimum levels, salary wish, availability. */
export function TalentFacets({ query, facets, total, onList, onSet }: TalentFacetsProps) {
  const { t } = useTranslation();
  const label = useLabel();
  const other = useOtherLanguage();
  const options = (entries: readonly { code: string; label: Label }[], facet: string) =>
    vocabularyOptions(entries, facets[facet], label, other);
  const texts = {
    any: t('search.facets.any'),
    atLeast: (level: string) => t('search.facets.atLeast', { level }),
    label,
  };
  const cert = query.certLevelMin && query.certLevelMin !== 'none' ? query.certLevelMin : '';
  const education = query.educationMin && query.educationMin !== 'none' ? query.educationMin : '';
  return (
    <>
      <FacetToggle
        title={t('talentSearch.facets.availability')}
        label={t('talentSearch.facets.openToWork')}
        checked={query.openToWork === 'true'}
        onChange={(checked) => onSet({ openToWork: checked ? 'true' : null })}
      />
      <FacetChecklist
        title={t('talentSearch.facets.domain')}
        options={options(serviceDomains, 'domain')}
        selected={query.domain}
        onChange={(values) => onList('domain', values)}
        testId="facet-domain"
      />
      <FacetRadio
        title={t('talentSearch.facets.certLevelMin')}
        value={cert}
        onChange={(value) => onSet({ certLevelMin: value })}
        choices={atLeastChoices(certificateLevels, facets.certLevel, cert, total, texts)}
        testId="facet-certLevelMin"
      />
      <FacetRadio
        title={t('talentSearch.facets.educationMin')}
        value={education}
        onChange={(value) => onSet({ educationMin: value })}
        choices={atLeastChoices(educationLevels, facets.education, education, total, texts, 2)}
        testId="facet-educationMin"
      />
      <FacetChecklist
        title={t('talentSearch.facets.district')}
        options={options(districts, 'district')}
        selected={query.district}
        onChange={(values) => onList('district', values)}
        testId="facet-district"
      />
      <FacetChecklist
        title={t('talentSearch.facets.street')}
        options={streetOptions(facets.street, query.street, label, other)}
        searchPool={streetSearchPool(facets.street, query.district, label, other)}
        selected={query.street}
        onChange={(values) => onList('street', values)}
        searchable
        visible={6}
        testId="facet-street"
      />
      <FacetChecklist
        title={t('talentSearch.facets.talentCategory')}
        options={options(talentCategories, 'talentCategory')}
        selected={query.talentCategory}
        onChange={(values) => onList('talentCategory', values)}
        testId="facet-talentCategory"
      />
      <FacetChecklist
        title={t('talentSearch.facets.employmentType')}
        options={options(employmentTypes, 'employmentType')}
        selected={query.employmentType}
        onChange={(values) => onList('employmentType', values)}
        testId="facet-employmentType"
      />
      <SalaryFilter
        title={t('talentSearch.facets.salary')}
        help={t('talentSearch.facets.salaryHelp')}
        min={query.salaryMin}
        max={query.salaryMax}
        onApply={({ min, max }) => onSet({ salaryMin: min, salaryMax: max })}
      />
    </>
  );
}

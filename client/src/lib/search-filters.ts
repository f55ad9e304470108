import {
  certificateLevels,
  districts,
  educationLevels,
  employmentTypes,
  findStreet,
  organisationTypes,
  serviceDomains,
  talentCategories,
} from '@shsw/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel, useVocabularyLabel } from './format';

/** One active filter as a person reads it; `value` is set for one value of a repeated filter. */
export interface FilterChip {
  /** The URL parameter (or `salary`, standing for `salaryMin` and `salaryMax`). */
  key: string;
  value?: string;
  label: string;
}

/** Chips that are not filters (the words, and how they are read): the filter count leaves them out. */
export const notFilterChips: ReadonlySet<string> = new Set(['q', 'places']);

/** Repeated filters, in the order the chips show them. */
export const listFilterKeys = ['domain', 'district', 'street', 'employmentType', 'talentCategory', 'orgType'] as const;
export type ListFilterKey = (typeof listFilterKeys)[number];

const strings = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : typeof value === 'string'
      ? [value]
      : [];
const numberOf = (value: unknown): number | undefined => {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN;
  return Number.isFinite(n) ? n : undefined;
};

/** Names a vocabulary value of a repeated filter in the interface language. */
export function useFilterValueLabel(): (key: ListFilterKey, value: string) => string {
  const vocabulary = useVocabularyLabel();
  const label = useLabel();
  return useCallback(
    (key: ListFilterKey, value: string) => {
      switch (key) {
        case 'domain':
          return vocabulary(serviceDomains, value);
        case 'district':
          return vocabulary(districts, value);
        case 'street': {
          const street = findStreet(value);
          return street ? label(street.label) : value;
        }
        case 'employmentType':
          return vocabulary(employmentTypes, value);
        case 'talentCategory':
          return vocabulary(talentCategories, value);
        case 'orgType':
          return vocabulary(organisationTypes, value);
      }
    },
    [label, vocabulary],
  );
}

/**
 * The active filters of a position or talent query (as parsed from the URL, or as a saved search
 * stores it) as chips, each with a label in the interface language.
 */
export function useFilterChips(): (query: Record<string, unknown>) => FilterChip[] {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const valueLabel = useFilterValueLabel();
  return useCallback(
    (query: Record<string, unknown>) => {
      const chips: FilterChip[] = [];
      const q = typeof query.q === 'string' ? query.q.trim() : '';
      if (q) chips.push({ key: 'q', label: t('search.chips.q', { q }) });
      for (const key of listFilterKeys) {
        for (const value of strings(query[key])) chips.push({ key, value, label: valueLabel(key, value) });
      }
      const cert = typeof query.certLevelMin === 'string' ? query.certLevelMin : '';
      if (cert && cert !== 'none') {
        chips.push({
          key: 'certLevelMin',
          label: t('search.chips.certLevelMin', { level: vocabulary(certificateLevels, cert) }),
        });
      }
      const education = typeof query.educationMin === 'string' ? query.educationMin : '';
      if (education && education !== 'none') {
        chips.push({
          key: 'educationMin',
          label: t('search.chips.educationMin', { level: vocabulary(educationLevels, education) }),
        });
      }
      const min = numberOf(query.salaryMin);
      const max = numberOf(query.salaryMax);
      if (min !== undefined || max !== undefined) {
        const label =
          min !== undefined && max !== undefined
            ? t('search.chips.salaryBetween', { min, max })
            : min !== undefined
              ? t('search.chips.salaryFrom', { min })
              : t('search.chips.salaryTo', { max });
        chips.push({ key: 'salary', label });
      }
      const days = numberOf(query.postedWithinDays);
      if (days !== undefined)
        chips.push({ key: 'postedWithinDays', label: t('search.chips.postedWithin', { count: days }) });
      if (query.openToWork === 'true') chips.push({ key: 'openToWork', label: t('search.chips.openToWork') });
      // Not a filter but a way of reading the words: shown so that it can be undone, and saved.
      if (query.places === 'off' && q) chips.push({ key: 'places', label: t('search.chips.placesOff') });
      return chips;
    },
    [t, valueLabel, vocabulary],
  );
}

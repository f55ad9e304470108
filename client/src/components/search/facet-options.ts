import { findStreet, type Label, streetInDistrict, streets } from '@shsw/shared';
import { useCallback } from 'react';
import { useLocale } from '../../lib/use-locale';
import type { FacetOption } from './facet-checklist';

type Counts = Record<string, number>;

/** A vocabulary name in the language the interface is not in: searching a list finds either name. */
export function useOtherLanguage(): (label: Label) => string {
  const locale = useLocale();
  return useCallback((label: Label) => (locale === 'en' ? label.zh : label.en), [locale]);
}

/** Options from a vocabulary with their counts, most results first (then in the vocabulary's order). */
export function vocabularyOptions(
  entries: readonly { code: string; label: Label }[],
  counts: Counts | undefined,
  label: (l: Label) => string,
  otherLanguage: (l: Label) => string,
): FacetOption[] {
  return entries
    .map((e, order) => ({
      value: e.code,
      label: label(e.label),
      keywords: otherLanguage(e.label),
      count: counts?.[e.code] ?? 0,
      order,
    }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ order: _order, ...option }) => option);
}

/** Streets and towns that have results (or are chosen), named in both languages for the search box. */
export function streetOptions(
  counts: Counts | undefined,
  selected: readonly string[],
  label: (l: Label) => string,
  otherLanguage: (l: Label) => string,
): FacetOption[] {
  const codes = new Set([...Object.keys(counts ?? {}), ...selected]);
  return [...codes]
    .map((code) => {
      const street = findStreet(code);
      return {
        value: code,
        label: street ? label(street.label) : code,
        keywords: street ? otherLanguage(street.label) : '',
        count: counts?.[code] ?? 0,
      };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/**
 * Every street and town (within the chosen districts, when some are), with its count or 0: what a
 * name typed in the street facet's box is looked up in, so a real place with no results says 0.
 */
export function streetSearchPool(
  counts: Counts | undefined,
  districts: readonly string[],
  label: (l: Label) => string,
  otherLanguage: (l: Label) => string,
): FacetOption[] {
  return streets
    .filter((s) => districts.length === 0 || districts.some((d) => streetInDistrict(s.code, d)))
    .map((s) => ({
      value: s.code,
      label: label(s.label),
      keywords: `${otherLanguage(s.label)} ${s.code}`,
      count: counts?.[s.code] ?? 0,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

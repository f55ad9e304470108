import type { Label } from '@shsw/shared';
import { labelFor } from '@shsw/shared';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useLocale } from './use-locale';

/** `2026-03-01 14:05` in both languages: unambiguous, and sortable by eye. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '';
}

/** Vocabulary labels in the interface language. */
export function useLabel(): (label: Label) => string {
  const locale = useLocale();
  return useCallback((label: Label) => labelFor(label, locale), [locale]);
}

/** Finds a vocabulary entry by code and gives its label, or the code itself when unknown. */
export function useVocabularyLabel(): <E extends { code: string; label: Label }>(
  entries: readonly E[],
  code: string | null | undefined,
) => string {
  const label = useLabel();
  return useCallback(
    <E extends { code: string; label: Label }>(entries: readonly E[], code: string | null | undefined) => {
      if (!code) return '';
      const entry = entries.find((e) => e.code === code);
      return entry ? label(entry.label) : code;
    },
    [label],
  );
}

import type { Locale } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { defaultLocale, isLocale } from './i18n';

/** The interface language, re-rendering the caller when it changes. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLocale;
}

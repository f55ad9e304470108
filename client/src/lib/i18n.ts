import { type Locale, locales } from '@shsw/shared';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

/** Dotted key paths of a locale file, so the compiler can compare the two files. */
type KeyPaths<T> = T extends string
  ? never
  : { [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}` }[keyof T & string];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// Fails to compile when en.json and zh-CN.json stop having exactly the same keys.
const localeFilesHaveTheSameKeys: Same<KeyPaths<typeof zhCN>, KeyPaths<typeof en>> = true;
void localeFilesHaveTheSameKeys;

export const defaultLocale: Locale = 'zh-CN';
export const languageStorageKey = 'shsw.lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(languageStorageKey);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked (private mode, strict settings): fall back to the default
  }
}

function applyLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
}

export const i18n: I18n = i18next.createInstance();

i18n.on('languageChanged', (lng) => applyLocale(isLocale(lng) ? lng : defaultLocale));

const initialLocale = storedLocale() ?? defaultLocale;

void i18n.use(initReactI18next).init({
  // Chinese, the default, ships with the first page; English loads when someone asks for it.
  resources: { 'zh-CN': { translation: zhCN } },
  partialBundledLanguages: true,
  lng: initialLocale,
  fallbackLng: defaultLocale,
  supportedLngs: locales,
  load: 'currentOnly',
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
});

/** Loads a language's strings once (only English is not bundled with the first page). */
async function loadStrings(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const strings = (await import('../locales/en.json')).default;
  i18n.addResourceBundle(locale, 'translation', strings);
}

/** Resolves when the remembered language's strings are in: render after it, so English never flashes Chinese first. */
export const i18nReady: Promise<void> = loadStrings(initialLocale)
  .then(() => i18n.changeLanguage(initialLocale))
  .then(
    () => undefined,
    () => undefined, // strings that fail to load fall back to Chinese
  );

/** The language the interface shows now. */
export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLocale;
}

/** Switches the interface language and remembers the choice on this device. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(languageStorageKey, locale);
  } catch {
    // not remembered, still switched
  }
  await loadStrings(locale);
  await i18n.changeLanguage(locale);
}

import { useMemo } from 'react';
import { useLocale } from '../../../lib/use-locale';

/** Indicator values keep the precision the server gives (0.2092 万人), without trailing zeros. */
export function useIndicatorNumber(): (value: number, maxDigits?: number) => string {
  const locale = useLocale();
  return useMemo(() => {
    const formats = new Map<number, Intl.NumberFormat>();
    return (value: number, maxDigits = 4) => {
      let format = formats.get(maxDigits);
      if (!format) {
        format = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits });
        formats.set(maxDigits, format);
      }
      return format.format(value);
    };
  }, [locale]);
}

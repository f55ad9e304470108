import { z } from 'zod';

/** A user-visible name in both product languages; zh-CN is the default. */
export const labelSchema = z.object({ zh: z.string(), en: z.string() });
export type Label = z.infer<typeof labelSchema>;

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export function labelFor(label: Label, locale: Locale | string): string {
  return locale.startsWith('en') ? label.en : label.zh;
}

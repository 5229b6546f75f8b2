// The two locales of the public surface. zh-CN is the default everywhere.

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/** A text in both locales: every label, title and name a person reads. */
export interface LocalisedText {
  'zh-CN': string;
  en: string;
}

/** Narrows any string to a supported locale, falling back to zh-CN ('en-GB' → 'en'). */
export function toLocale(value: string | null | undefined): Locale {
  return value?.toLowerCase().startsWith('en') ? 'en' : defaultLocale;
}

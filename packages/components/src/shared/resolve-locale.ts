export type Locale = 'zh-CN' | 'en';

/** Normalises any BCP 47 tag to one of the two locales we ship (zh-CN is the default). */
export function normaliseLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const t = tag.toLowerCase();
  if (t.startsWith('zh')) return 'zh-CN';
  if (t.startsWith('en')) return 'en';
  return null;
}

/** The element's own locale/lang, then the document's <html lang>, then the browser, then zh-CN. */
export function resolveLocale(el: Element, explicit?: string | null): Locale {
  return (
    normaliseLocale(explicit) ??
    normaliseLocale(el.closest('[lang]')?.getAttribute('lang')) ??
    normaliseLocale(el.ownerDocument?.documentElement.lang) ??
    normaliseLocale(globalThis.navigator?.language) ??
    'zh-CN'
  );
}

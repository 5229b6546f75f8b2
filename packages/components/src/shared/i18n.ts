import type { Locale } from './resolve-locale.js';

export type MessageParams = Record<string, string | number>;
/** A message is a string with `{name}` placeholders, or a function for plurals and the like. */
export type Message = string | ((params: MessageParams) => string);

export type Translate<K extends string> = (locale: Locale, key: K, params?: MessageParams) => string;

/**
 * Declares an element's messages in both locales; every zh-CN key must exist in en (a type error
 * otherwise). Returns `t(locale, key, params?)`.
 */
export function defineMessages<const ZH extends Record<string, Message>>(messages: {
  'zh-CN': ZH;
  en: NoInfer<{ [K in keyof ZH]: Message }>;
}): Translate<keyof ZH & string> {
  return (locale, key, params = {}) => {
    const table = messages[locale] as Record<string, Message>;
    const message = table[key] ?? (messages['zh-CN'] as Record<string, Message>)[key] ?? key;
    return typeof message === 'function' ? message(params) : interpolate(message, params);
  };
}

function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export { type Locale, normaliseLocale, resolveLocale } from './shared/resolve-locale.js';

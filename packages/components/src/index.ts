// The package entry: classes, types and the shared groundwork, with no registration.
// Import `@skills-huaian/components/<element>` (or the CDN bundle) to register elements.
export * from './competition-board/index.js';
export * from './course-finder/index.js';
export * from './enrolment-form/index.js';
export * from './provider/index.js';
export type { ClientSettings, SkillsClient } from './shared/client.js';
export { clientContext, localeContext, type Theme, themeContext } from './shared/contexts.js';
export { defineElement } from './shared/define.js';
export { type Formatters, formatters } from './shared/formatters.js';
export { defineMessages, type Message, type MessageParams, type Translate } from './shared/i18n.js';
export { type Locale, normaliseLocale, resolveLocale } from './shared/resolve-locale.js';
export { SkillsElement } from './shared/skills-element.js';
export { baseStyles } from './shared/styles.js';

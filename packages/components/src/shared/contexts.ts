import { createContext } from '@lit/context';
import type { SkillsClient } from './client.js';
import type { Locale } from './resolve-locale.js';

export type Theme = 'light' | 'dark' | 'auto';

/** What `<skills-provider>` hands down to every element inside it. */
export const clientContext = createContext<SkillsClient | undefined>(Symbol('skills-client'));
export const localeContext = createContext<Locale | undefined>(Symbol('skills-locale'));
export const themeContext = createContext<Theme | undefined>(Symbol('skills-theme'));

export function normaliseTheme(value: string | null | undefined): Theme | undefined {
  return value === 'light' || value === 'dark' || value === 'auto' ? value : undefined;
}

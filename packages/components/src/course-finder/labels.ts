import type { Dictionaries } from '../shared/dictionaries.js';
import type { Locale } from '../shared/resolve-locale.js';

/** A code list entry as the dictionaries endpoint sends it. */
export interface CodeEntry {
  code: string | number;
  name: { 'zh-CN': string; en: string } | string;
}

/** Which dictionary holds the labels of each course field. */
const dictionaryKeys = {
  district: ['districts'],
  cluster: ['industryClusters'],
  occupation: ['occupations', 'occupationAreas'],
  level: ['skillLevels', 'levels'],
  style: ['trainingStyles', 'styles'],
  format: ['deliveryFormats', 'formats'],
  schedule: ['schedules'],
  group: ['targetGroups'],
  certificate: ['certificateKinds', 'certificates'],
  providerKind: ['providerKinds'],
} as const;

export type LabelledField = keyof typeof dictionaryKeys;

/** The code list for a field, or an empty list while the dictionaries are not loaded. */
export function codeList(dicts: Dictionaries | undefined, field: LabelledField): CodeEntry[] {
  if (!dicts) return [];
  const source = dicts as unknown as Record<string, unknown>;
  for (const key of dictionaryKeys[field]) {
    const list = source[key];
    if (Array.isArray(list)) return list as CodeEntry[];
  }
  return [];
}

export function nameIn(name: CodeEntry['name'], locale: Locale): string {
  return typeof name === 'string' ? name : (name[locale] ?? name['zh-CN']);
}

/** The label of a code in the locale; the code itself when unknown (never blank). */
export function label(
  dicts: Dictionaries | undefined,
  field: LabelledField,
  code: string | number | null | undefined,
  locale: Locale,
): string {
  if (code === null || code === undefined || code === '') return '';
  const entry = codeList(dicts, field).find((e) => String(e.code) === String(code));
  return entry ? nameIn(entry.name, locale) : String(code);
}

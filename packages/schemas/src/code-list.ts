import type { LocalisedText } from './locale.js';

/** One entry of a code list: a stable code and its labels. */
export interface CodeListEntry<C extends string | number = string> {
  readonly code: C;
  readonly name: LocalisedText;
}

/** The codes of a list as a non-empty tuple, ready for z.enum / z.literal. */
export function codesOf<const C extends string | number>(list: readonly CodeListEntry<C>[]): [C, ...C[]] {
  return list.map((entry) => entry.code) as [C, ...C[]];
}

/** The label of a code in a locale, or the code itself when it is unknown. */
export function labelOf<C extends string | number>(
  list: readonly CodeListEntry<C>[],
  code: C,
  locale: keyof LocalisedText = 'zh-CN',
): string {
  return list.find((entry) => entry.code === code)?.name[locale] ?? String(code);
}

// Search text for courses: Chinese text for substring matching (two-character words such as 护理
// included) and its pinyin, in full syllables and as initials, so `yanglao` and `ylhl` both find
// 养老护理员. Segments are joined with `|` so a match never spans two fields.
import { pinyin } from 'pinyin-pro';

export interface SearchFields {
  titleText: string;
  searchText: string;
  pinyinFull: string;
  pinyinInitials: string;
}

const CJK = /[\u3400-\u9fff]/;

export function normaliseText(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function pinyinOf(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true });
  return {
    full: syllables.join('').toLowerCase(),
    initials: syllables
      .map((s) => s[0] ?? '')
      .join('')
      .toLowerCase(),
  };
}

export function buildSearchFields(title: string, others: string[]): SearchFields {
  const segments = [title, ...others].map(normaliseText);
  const pinyins = segments.map((s) => (CJK.test(s) ? pinyinOf(s) : { full: '', initials: '' }));
  return {
    titleText: segments[0]!,
    searchText: `|${segments.join('|')}|`,
    pinyinFull: `|${pinyins.map((p) => p.full).join('|')}|`,
    pinyinInitials: `|${pinyins.map((p) => p.initials).join('|')}|`,
  };
}

export interface QueryToken {
  text: string;
  /** Latin letters only: also matched against pinyin. */
  latin: boolean;
}

/** Splits a user's query into tokens; every token must match (AND). */
export function tokenise(q: string): QueryToken[] {
  return normaliseText(q)
    .split(' ')
    .filter((t) => t.length > 0)
    .slice(0, 8)
    .map((text) => ({ text, latin: /^[a-z]+$/.test(text) }));
}

/** Escapes LIKE wildcards in user input. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const CJK_PAIR = /[\u3400-\u9fff]{2}/;

/** Every pair of adjacent Chinese characters in a text: the keys of the bigram index. */
export function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    if (CJK_PAIR.test(pair)) out.add(pair);
  }
  return out;
}

/** The first Chinese bigram of a query word, if it has one (it narrows the search by index). */
export function firstBigram(word: string): string | undefined {
  return bigrams(word).values().next().value;
}

// Occupations in the Occupational Classification (2022) code format N-NN-NN-NN, with the skill
// levels each one offers. The codes are those PLAN.md found in public sources and are
// illustrative: not all are confirmed against the 2022 catalogue.
import type { SkillLevel } from './code-lists/skill-levels.js';
import type { LocalisedText } from './locale.js';

export const occupationCodePattern = /^[1-8]-\d{2}-\d{2}-\d{2}$/;

export interface Occupation {
  readonly code: string;
  readonly name: LocalisedText;
  /** The levels this occupation is evaluated at, highest number (entry) first. */
  readonly levels: readonly SkillLevel[];
}

export const occupations = [
  { code: '4-10-01-05', name: { 'zh-CN': '养老护理员', en: 'Elderly-care worker' }, levels: [5, 4, 3, 2, 1] },
  { code: '4-10-01-06', name: { 'zh-CN': '家政服务员', en: 'Housekeeping worker' }, levels: [5, 4, 3, 2] },
  {
    code: '4-03-02-01',
    name: { 'zh-CN': '中式烹调师', en: 'Chinese cuisine chef' },
    levels: [5, 4, 3, 2, 1],
  },
  { code: '4-04-05-05', name: { 'zh-CN': '人工智能训练师', en: 'AI trainer' }, levels: [5, 4, 3, 2, 1] },
  { code: '4-01-06-02', name: { 'zh-CN': '互联网营销师', en: 'Internet marketer' }, levels: [5, 4, 3, 2, 1] },
] as const satisfies readonly Occupation[];

export function isOccupationCode(value: string): boolean {
  return occupationCodePattern.test(value);
}

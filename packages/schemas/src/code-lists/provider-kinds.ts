// 培训主体 — who trains.
import type { CodeListEntry } from '../code-list.js';

export const providerKinds = [
  {
    code: 'public-college',
    name: { 'zh-CN': '公办职业院校（含技工院校）', en: 'Public vocational college' },
  },
  { code: 'private-institution', name: { 'zh-CN': '民办培训机构', en: 'Private training institution' } },
  { code: 'enterprise', name: { 'zh-CN': '企业', en: 'Enterprise' } },
] as const satisfies readonly CodeListEntry[];

export type ProviderKind = (typeof providerKinds)[number]['code'];

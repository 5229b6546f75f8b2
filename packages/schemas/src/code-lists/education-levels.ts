import type { CodeListEntry } from '../code-list.js';

export const educationLevels = [
  { code: 'primary-or-below', name: { 'zh-CN': '小学及以下', en: 'Primary or below' } },
  { code: 'junior-secondary', name: { 'zh-CN': '初中', en: 'Junior secondary' } },
  { code: 'senior-secondary', name: { 'zh-CN': '高中', en: 'Senior secondary' } },
  { code: 'vocational-secondary', name: { 'zh-CN': '中专/技校', en: 'Vocational secondary' } },
  { code: 'junior-college', name: { 'zh-CN': '大专', en: 'Junior college' } },
  { code: 'bachelor', name: { 'zh-CN': '本科', en: "Bachelor's degree" } },
  { code: 'postgraduate', name: { 'zh-CN': '研究生', en: 'Postgraduate' } },
] as const satisfies readonly CodeListEntry[];

export type EducationLevel = (typeof educationLevels)[number]['code'];

import type { CodeListEntry } from '../code-list.js';

export const medals = [
  { code: 'gold', name: { 'zh-CN': '金牌', en: 'Gold' } },
  { code: 'silver', name: { 'zh-CN': '银牌', en: 'Silver' } },
  { code: 'bronze', name: { 'zh-CN': '铜牌', en: 'Bronze' } },
] as const satisfies readonly CodeListEntry[];

export type Medal = (typeof medals)[number]['code'];

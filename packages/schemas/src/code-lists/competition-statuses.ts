import type { CodeListEntry } from '../code-list.js';

export const competitionStatuses = [
  { code: 'upcoming', name: { 'zh-CN': '即将开始', en: 'Upcoming' } },
  { code: 'registration-open', name: { 'zh-CN': '报名中', en: 'Registration open' } },
  { code: 'live', name: { 'zh-CN': '比赛中', en: 'Live' } },
  { code: 'finished', name: { 'zh-CN': '已结束', en: 'Finished' } },
  { code: 'cancelled', name: { 'zh-CN': '已取消', en: 'Cancelled' } },
] as const satisfies readonly CodeListEntry[];

export type CompetitionStatus = (typeof competitionStatuses)[number]['code'];

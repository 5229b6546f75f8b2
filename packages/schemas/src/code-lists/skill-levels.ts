// 职业技能等级: five levels, 5 (entry) … 1 (highest). "Advanced worker and above" is 3–1.
import type { CodeListEntry } from '../code-list.js';

export const skillLevels = [
  { code: 5, name: { 'zh-CN': '五级/初级工', en: 'Level 5 · Entry-level worker' } },
  { code: 4, name: { 'zh-CN': '四级/中级工', en: 'Level 4 · Intermediate worker' } },
  { code: 3, name: { 'zh-CN': '三级/高级工', en: 'Level 3 · Advanced worker' } },
  { code: 2, name: { 'zh-CN': '二级/技师', en: 'Level 2 · Technician' } },
  { code: 1, name: { 'zh-CN': '一级/高级技师', en: 'Level 1 · Senior technician' } },
] as const satisfies readonly CodeListEntry<number>[];

export type SkillLevel = (typeof skillLevels)[number]['code'];

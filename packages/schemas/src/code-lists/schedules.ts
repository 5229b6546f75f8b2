// When classes meet — the plan's formats for working people, plus ordinary day and weekend classes.
import type { CodeListEntry } from '../code-list.js';

export const schedules = [
  { code: 'night-school', name: { 'zh-CN': '技能夜校', en: 'Skills night school' } },
  { code: 'holiday-class', name: { 'zh-CN': '节假日技能课堂', en: 'Holiday skills class' } },
  { code: 'community-micro-class', name: { 'zh-CN': '社区培训微课堂', en: 'Community micro-classroom' } },
  { code: 'daytime', name: { 'zh-CN': '日间班', en: 'Daytime' } },
  { code: 'weekend', name: { 'zh-CN': '周末班', en: 'Weekend' } },
] as const satisfies readonly CodeListEntry[];

export type Schedule = (typeof schedules)[number]['code'];

// The life of an enrolment. A new one is `submitted`, or `waitlisted` when the course is full.
import type { CodeListEntry } from '../code-list.js';

export const enrolmentStatuses = [
  { code: 'submitted', name: { 'zh-CN': '已提交', en: 'Submitted' } },
  { code: 'waitlisted', name: { 'zh-CN': '候补', en: 'Waitlisted' } },
  { code: 'accepted', name: { 'zh-CN': '已录取', en: 'Accepted' } },
  { code: 'rejected', name: { 'zh-CN': '未通过', en: 'Rejected' } },
  { code: 'withdrawn', name: { 'zh-CN': '已撤回', en: 'Withdrawn' } },
  { code: 'completed', name: { 'zh-CN': '已结业', en: 'Completed' } },
] as const satisfies readonly CodeListEntry[];

export type EnrolmentStatus = (typeof enrolmentStatuses)[number]['code'];

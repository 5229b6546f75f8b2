// 培训方式 — the plan's four training styles.
import type { CodeListEntry } from '../code-list.js';

export const trainingStyles = [
  { code: 'basic', name: { 'zh-CN': '扫盲式', en: 'Literacy-style' } },
  { code: 'order', name: { 'zh-CN': '订单式', en: 'Order-based' } },
  { code: 'post', name: { 'zh-CN': '定岗式', en: 'Post-specific' } },
  { code: 'directed', name: { 'zh-CN': '定向式', en: 'Directed' } },
] as const satisfies readonly CodeListEntry[];

export type TrainingStyle = (typeof trainingStyles)[number]['code'];

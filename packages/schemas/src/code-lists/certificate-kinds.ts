// What a course leads to (技能评价).
import type { CodeListEntry } from '../code-list.js';

export const certificateKinds = [
  { code: 'skill-level', name: { 'zh-CN': '职业技能等级证书', en: 'Skill-level certificate' } },
  { code: 'vocational-qualification', name: { 'zh-CN': '职业资格证书', en: 'Vocational qualification' } },
  { code: 'special-skill', name: { 'zh-CN': '专项职业能力证书', en: 'Special skill certificate' } },
  { code: 'training-certificate', name: { 'zh-CN': '培训合格证书', en: 'Training certificate' } },
] as const satisfies readonly CodeListEntry[];

export type CertificateKind = (typeof certificateKinds)[number]['code'];

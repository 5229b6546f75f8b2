// 培训对象 — who the plan trains. Codes fixed by PLAN.md where it gives them.
import type { CodeListEntry } from '../code-list.js';

export const targetGroups = [
  { code: 'unemployed', name: { 'zh-CN': '城乡失业人员', en: 'Unemployed worker' } },
  { code: 'registered-unemployed', name: { 'zh-CN': '登记失业人员', en: 'Registered unemployed' } },
  { code: 'zero-employment-household', name: { 'zh-CN': '零就业家庭成员', en: 'Zero-employment household' } },
  { code: 'unemployed-graduate', name: { 'zh-CN': '未就业高校毕业生', en: 'Unemployed graduate' } },
  { code: 'returnee', name: { 'zh-CN': '返乡就业创业人员', en: 'Returnee' } },
  { code: 'employed-upskilling', name: { 'zh-CN': '在职提升技能人员', en: 'Employed, upskilling' } },
  { code: 'disabled', name: { 'zh-CN': '残疾人', en: 'Person with disabilities' } },
  { code: 'rural-left-behind-woman', name: { 'zh-CN': '农村留守妇女', en: 'Rural left-behind woman' } },
  { code: 'rural-transfer-labour', name: { 'zh-CN': '农村转移劳动力', en: 'Rural migrant labour' } },
  { code: 'older-rural-worker', name: { 'zh-CN': '农村大龄劳动力', en: 'Older rural worker' } },
  { code: 'transferred-fisher', name: { 'zh-CN': '退捕渔民', en: 'Transferred fisher' } },
  { code: 'veteran', name: { 'zh-CN': '退役军人', en: 'Veteran' } },
  { code: 'school-leaver', name: { 'zh-CN': '未继续升学的初高中毕业生', en: 'School leaver' } },
  { code: 'student', name: { 'zh-CN': '在校学生', en: 'Student' } },
  {
    code: 'low-income-graduate',
    name: { 'zh-CN': '低收入家庭及脱贫家庭毕业生', en: 'Graduate from a low-income household' },
  },
  { code: 'farmer', name: { 'zh-CN': '农民', en: 'Farmer' } },
  { code: 'construction-worker', name: { 'zh-CN': '建筑工人', en: 'Construction worker' } },
] as const satisfies readonly CodeListEntry[];

export type TargetGroup = (typeof targetGroups)[number]['code'];

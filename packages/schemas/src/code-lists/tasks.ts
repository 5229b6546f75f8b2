// The plan's sixteen key tasks (重点任务), numbered as in the plan.
import type { CodeListEntry } from '../code-list.js';

export const tasks = [
  { code: 1, name: { 'zh-CN': '困难群体技能培训', en: 'Skills for disadvantaged groups' } },
  { code: 2, name: { 'zh-CN': '农村劳动力技能培训', en: 'Skills for rural labour' } },
  { code: 3, name: { 'zh-CN': '退役军人技能培训', en: 'Skills for veterans' } },
  { code: 4, name: { 'zh-CN': '返乡人员项目制培训', en: 'Project training for returnees' } },
  { code: 5, name: { 'zh-CN': '大龄返乡人员短平快培训', en: 'Short courses for older returnees' } },
  { code: 6, name: { 'zh-CN': '创业培训', en: 'Entrepreneurship training' } },
  { code: 7, name: { 'zh-CN': '学历证书+技能等级证书', en: 'Diploma plus skill certificate' } },
  { code: 8, name: { 'zh-CN': '重点企业实习实训', en: 'Internships in key enterprises' } },
  { code: 9, name: { 'zh-CN': '未就业毕业生免费培训', en: 'Free course for unemployed graduates' } },
  { code: 10, name: { 'zh-CN': '高素质农民培育', en: 'High-quality farmer training' } },
  { code: 11, name: { 'zh-CN': '特色农业工种培训', en: 'Named farm occupations' } },
  { code: 12, name: { 'zh-CN': '托育养老健康照护', en: 'Childcare, elderly and health care' } },
  { code: 13, name: { 'zh-CN': '淮扬菜厨师及餐饮服务', en: 'Huaiyang cuisine and catering' } },
  { code: 14, name: { 'zh-CN': '文体旅服务', en: 'Culture, sport and tourism services' } },
  { code: 15, name: { 'zh-CN': '新职业新业态', en: 'New occupations' } },
  { code: 16, name: { 'zh-CN': '建筑业技能培训', en: 'Construction skills' } },
] as const satisfies readonly CodeListEntry<number>[];

export type TaskCode = (typeof tasks)[number]['code'];

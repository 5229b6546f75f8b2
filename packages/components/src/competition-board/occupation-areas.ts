// "Occupation area" is the major group (大类) of the Occupational Classification of the People's
// Republic of China (2022 edition): the first digit of an occupation code such as 4-03-02-01.
import type { Locale } from '../shared/resolve-locale.js';

const areas: Record<string, Record<Locale, string>> = {
  '1': {
    'zh-CN': '党的机关、国家机关、群众团体和社会组织、企事业单位负责人',
    en: 'Heads of public bodies, organisations and enterprises',
  },
  '2': { 'zh-CN': '专业技术人员', en: 'Professional and technical personnel' },
  '3': { 'zh-CN': '办事人员和有关人员', en: 'Clerical and related workers' },
  '4': { 'zh-CN': '社会生产服务和生活服务人员', en: 'Production and everyday services' },
  '5': {
    'zh-CN': '农、林、牧、渔业生产及辅助人员',
    en: 'Agriculture, forestry, animal husbandry and fishery',
  },
  '6': { 'zh-CN': '生产制造及有关人员', en: 'Production, manufacturing and related' },
  '7': { 'zh-CN': '军队人员', en: 'Armed forces' },
  '8': { 'zh-CN': '不便分类的其他从业人员', en: 'Other occupations' },
};

/** The area code of an occupation code ("4-03-02-01" → "4"). */
export function occupationArea(occupationCode: string): string {
  return occupationCode.slice(0, 1);
}

export function occupationAreaLabel(area: string, locale: Locale): string {
  return areas[area]?.[locale] ?? area;
}

// GB/T 2260: Huai'an City and its seven county-level divisions, plus the retired codes that
// ID numbers issued before the 2016 reorganisation still carry.
import type { CodeListEntry } from './code-list.js';

export const huaianCityCode = '320800';

export const districts = [
  { code: '320812', name: { 'zh-CN': '清江浦区', en: 'Qingjiangpu District' } },
  { code: '320803', name: { 'zh-CN': '淮安区', en: 'Huai’an District' } },
  { code: '320804', name: { 'zh-CN': '淮阴区', en: 'Huaiyin District' } },
  { code: '320813', name: { 'zh-CN': '洪泽区', en: 'Hongze District' } },
  { code: '320826', name: { 'zh-CN': '涟水县', en: 'Lianshui County' } },
  { code: '320830', name: { 'zh-CN': '盱眙县', en: 'Xuyi County' } },
  { code: '320831', name: { 'zh-CN': '金湖县', en: 'Jinhu County' } },
] as const satisfies readonly CodeListEntry[];

export type DistrictCode = (typeof districts)[number]['code'];

/** Retired division codes → the division that replaced them. */
export const retiredDistrictCodes: Readonly<Record<string, DistrictCode>> = {
  '320802': '320812', // 清河区 → 清江浦区 (2016)
  '320811': '320812', // 清浦区 → 清江浦区 (2016)
  '320829': '320813', // 洪泽县 → 洪泽区 (2016)
};

export function isDistrictCode(code: string): code is DistrictCode {
  return districts.some((district) => district.code === code);
}

/** Today's Huai'an division for a current or retired code; null outside Huai'an. */
export function currentDistrictCode(code: string): DistrictCode | null {
  if (isDistrictCode(code)) return code;
  return retiredDistrictCodes[code] ?? null;
}

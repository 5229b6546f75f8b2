// Industry clusters. The plan names the "7+3" and "353" cluster systems without listing their
// members, so this list is deliberately coarse and NOT the official list (see PLAN.md).
import type { CodeListEntry } from '../code-list.js';

export const industryClusters = [
  { code: 'advanced-manufacturing', name: { 'zh-CN': '先进制造业', en: 'Advanced manufacturing' } },
  { code: 'strategic-emerging', name: { 'zh-CN': '战略性新兴产业', en: 'Strategic emerging industries' } },
  { code: 'modern-agriculture', name: { 'zh-CN': '现代农业', en: 'Modern agriculture' } },
  { code: 'modern-services', name: { 'zh-CN': '现代服务业', en: 'Modern services' } },
  { code: 'construction', name: { 'zh-CN': '建筑业', en: 'Construction' } },
  { code: 'digital-economy', name: { 'zh-CN': '数字经济', en: 'Digital economy' } },
] as const satisfies readonly CodeListEntry[];

export type IndustryCluster = (typeof industryClusters)[number]['code'];

// A course's place in the training subsidy catalogue (职业培训补贴目录): new-industry courses are
// added provisionally; ineffective ones are removed after the placement-rate evaluation.
import type { CodeListEntry } from '../code-list.js';

export const catalogueStatuses = [
  { code: 'listed', name: { 'zh-CN': '已列入目录', en: 'Listed' } },
  { code: 'provisional', name: { 'zh-CN': '新增试行', en: 'Provisionally listed' } },
  { code: 'removed', name: { 'zh-CN': '已移出目录', en: 'Removed' } },
  { code: 'not-listed', name: { 'zh-CN': '未列入目录', en: 'Not listed' } },
] as const satisfies readonly CodeListEntry[];

export type CatalogueStatus = (typeof catalogueStatuses)[number]['code'];

// How a class is run: centralised or cooperative classes, online or offline.
import type { CodeListEntry } from '../code-list.js';

export const deliveryFormats = [
  { code: 'centralised', name: { 'zh-CN': '集中开班', en: 'Centralised class' } },
  { code: 'cooperative', name: { 'zh-CN': '合作办班', en: 'Cooperative class' } },
  { code: 'online', name: { 'zh-CN': '线上', en: 'Online' } },
  { code: 'blended', name: { 'zh-CN': '线上线下结合', en: 'Online and offline' } },
] as const satisfies readonly CodeListEntry[];

export type DeliveryFormat = (typeof deliveryFormats)[number]['code'];

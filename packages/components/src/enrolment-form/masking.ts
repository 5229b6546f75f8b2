// What the receipt shows of the applicant. The server masks the ID number and mobile; the name
// comes back as is (schemas' personalDataFields), and is masked here because receipts are
// often shown on shared screens (kiosks, service-station counters).
import { maskCitizenId, maskMobile } from '@skills-huaian/schemas';

/** 王小明 → 王*明, 王明 → 王*, John Smith → J********h. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.join('');
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Values that arrive already masked stay as they are; anything else is masked here. */
function masked(value: string, mask: (v: string) => string): string {
  return value.includes('*') ? value : mask(value);
}

export const receiptCitizenId = (value: string) => masked(value, maskCitizenId);
export const receiptMobile = (value: string) => masked(value, maskMobile);
export const receiptName = (value: string) => masked(value, maskName);

// The 34 province-level divisions of GB/T 2260, by the first two digits of their codes. An ID
// number's region is checked against these, not against Huai'an: applicants may be born anywhere.

// biome-ignore format: one line per region of China keeps the list checkable by eye
export const provinceCodes = [
  '11', '12', '13', '14', '15', // North
  '21', '22', '23', // North-east
  '31', '32', '33', '34', '35', '36', '37', // East
  '41', '42', '43', '44', '45', '46', // Central and south
  '50', '51', '52', '53', '54', // South-west
  '61', '62', '63', '64', '65', // North-west
  '71', '81', '82', // Taiwan, Hong Kong, Macao
] as const;

export type ProvinceCode = (typeof provinceCodes)[number];

/** A six-digit region code whose first two digits are a province-level division. */
export function isKnownRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code) && (provinceCodes as readonly string[]).includes(code.slice(0, 2));
}

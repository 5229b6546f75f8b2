import { citizenIdCheckChar } from '@skills-huaian/schemas';

// Check characters for the demo's invented identifiers, so every one passes validation.

const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 organisation code: 8 digits and a check character. */
function organisationCode(eightDigits: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eightDigits[i]) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return eightDigits + (c === 10 ? 'X' : c === 11 ? '0' : String(c));
}

/** GB 32100-2015 unified social credit code for an enterprise registered in Huai'an. */
export function demoCreditCode(serial: number): string {
  const body = `91320800${organisationCode(String(70_000_000 + serial * 7919).slice(-8))}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CHARS.indexOf(body[i]!) * CREDIT_WEIGHTS[i]!;
  return body + CREDIT_CHARS[(31 - (sum % 31)) % 31];
}

/** GB 11643 citizen ID number with a valid check character (invented, never a real person's). */
export function demoCitizenId(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

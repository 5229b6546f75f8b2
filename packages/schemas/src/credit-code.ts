// GB 32100-2015 unified social credit codes: 18 characters from 0-9 and A-Y without I, O, S,
// V, Z; the last is a check character over the first 17 with weights 3^(i-1) mod 31.

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export type CreditCodeErrorCode = 'credit_code_length' | 'credit_code_characters' | 'credit_code_check_digit';

export function normaliseCreditCode(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

/** The check character for the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

export function creditCodeProblem(value: string): CreditCodeErrorCode | null {
  const code = normaliseCreditCode(value);
  if (code.length !== 18) return 'credit_code_length';
  if (![...code].every((char) => CHARSET.includes(char))) return 'credit_code_characters';
  if (creditCodeCheckChar(code) !== code[17]) return 'credit_code_check_digit';
  return null;
}

export function isValidCreditCode(value: string): boolean {
  return typeof value === 'string' && creditCodeProblem(value) === null;
}

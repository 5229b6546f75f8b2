// GB 11643-1999 citizen identity numbers: 6-digit region, 8-digit birth date, 3-digit sequence,
// and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The check character for the first 17 digits. */
export function citizenIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export function isValidCitizenId(value: string): boolean {
  const id = value.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  return citizenIdCheckChar(id.slice(0, 17)) === id[17];
}

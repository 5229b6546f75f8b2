// Mainland China mobile numbers: 11 digits starting 1[3-9], optionally written with +86 / 0086
// and spaces or hyphens. Normalised to the bare 11 digits.

/** The bare 11 digits, or null when the value is not a mainland mobile number. */
export function normaliseMobile(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '').replace(/^(\+86|0086)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

export function isValidMobile(value: string): boolean {
  return typeof value === 'string' && normaliseMobile(value) !== null;
}

/** 138****5678; anything that is not a mainland mobile number is all stars, never echoed. */
export function maskMobile(value: string): string {
  const text = String(value ?? '');
  const digits = normaliseMobile(text);
  if (!digits) return '*'.repeat(Math.min(text.replace(/\s/g, '').length, 11));
  return `${digits.slice(0, 3)}****${digits.slice(7)}`;
}

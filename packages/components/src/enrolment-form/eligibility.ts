// Eligibility checked in the browser before submitting, so the applicant learns the reason in
// plain words at once. The server checks again and has the last word (422 not_eligible).

export interface EligibilityRules {
  /** Target groups the course is restricted to; empty or missing means open to everyone. */
  targetGroups?: readonly string[] | null;
  minAge?: number | null;
  maxAge?: number | null;
}

export type EligibilityResult =
  | { ok: true }
  | { ok: false; reason: 'target_group'; allowed: readonly string[] }
  | { ok: false; reason: 'too_young'; age: number; minAge: number }
  | { ok: false; reason: 'too_old'; age: number; maxAge: number };

/** Whole years between a YYYY-MM-DD birth date and a YYYY-MM-DD reference date. */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Today as YYYY-MM-DD in the applicant's own time zone. */
export function today(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function checkEligibility(
  rules: EligibilityRules,
  applicant: { targetGroups: readonly string[]; birthDate?: string | null },
  onDate: string = today(),
): EligibilityResult {
  const allowed = rules.targetGroups ?? [];
  if (allowed.length > 0 && !applicant.targetGroups.some((g) => allowed.includes(g))) {
    return { ok: false, reason: 'target_group', allowed };
  }
  if (applicant.birthDate) {
    const age = ageOn(applicant.birthDate, onDate);
    if (rules.minAge != null && age < rules.minAge)
      return { ok: false, reason: 'too_young', age, minAge: rules.minAge };
    if (rules.maxAge != null && age > rules.maxAge)
      return { ok: false, reason: 'too_old', age, maxAge: rules.maxAge };
  }
  return { ok: true };
}

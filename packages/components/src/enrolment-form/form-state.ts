import { districts, educationLevels, targetGroups } from '@skills-huaian/schemas';

// What the applicant has typed so far. Lives only in the element's memory: never in storage,
// attributes or the URL, and is dropped when the element is removed.

/** A course or enterprise question's answer: text or a choice's value, or yes/no. */
export type AnswerValue = string | boolean;

export interface ApplicantDraft {
  name: string;
  citizenId: string;
  mobile: string;
  districtCode: string;
  targetGroups: string[];
  education: string;
}

export interface FormDraft {
  applicant: ApplicantDraft;
  /** Answers to the course's own questions and, for an order class, the enterprise's. */
  answers: Record<string, AnswerValue>;
  positionId: string;
  /** Consent to processing the personal information for the stated purpose. */
  consentPurpose: boolean;
  /** The separate consent PIPL asks for the citizen ID number (sensitive personal information). */
  consentCitizenId: boolean;
}

/** What a host that already knows the user may fill in (never the ID number). */
export interface EnrolmentPrefill {
  name?: string;
  mobile?: string;
  districtCode?: string;
  targetGroups?: string[];
  education?: string;
}

/** Hidden tracking fields a host passes through to the request. */
export interface EnrolmentTracking {
  source?: string;
  campaign?: string;
}

export function emptyDraft(): FormDraft {
  return {
    applicant: { name: '', citizenId: '', mobile: '', districtCode: '', targetGroups: [], education: '' },
    answers: {},
    positionId: '',
    consentPurpose: false,
    consentCitizenId: false,
  };
}

const known = (list: readonly { code: string }[], code: string | undefined) =>
  code && list.some((e) => e.code === code) ? code : '';

/**
 * Fills only the fields the applicant has not typed yet, so a late prefill never overwrites
 * input. Codes the lists do not know are dropped rather than sent.
 */
export function applyPrefill(draft: FormDraft, input: EnrolmentPrefill | undefined | null): FormDraft {
  if (!input) return draft;
  const prefill: EnrolmentPrefill = {
    name: input.name ? String(input.name) : undefined,
    mobile: input.mobile ? String(input.mobile) : undefined,
    districtCode: known(districts, input.districtCode),
    education: known(educationLevels, input.education),
    targetGroups: (input.targetGroups ?? []).filter((g) => known(targetGroups, g)),
  };
  const a = draft.applicant;
  return {
    ...draft,
    applicant: {
      ...a,
      name: a.name || (prefill.name ?? ''),
      mobile: a.mobile || (prefill.mobile ?? ''),
      districtCode: a.districtCode || (prefill.districtCode ?? ''),
      targetGroups: a.targetGroups.length ? a.targetGroups : [...(prefill.targetGroups ?? [])],
      education: a.education || (prefill.education ?? ''),
    },
  };
}

export function withApplicantField<K extends keyof ApplicantDraft>(
  draft: FormDraft,
  key: K,
  value: ApplicantDraft[K],
): FormDraft {
  return { ...draft, applicant: { ...draft.applicant, [key]: value } };
}

export function withAnswer(draft: FormDraft, questionId: string, value: AnswerValue): FormDraft {
  return { ...draft, answers: { ...draft.answers, [questionId]: value } };
}

/** Adds or removes one code from a list of codes, keeping the original order. */
export function toggleCode(list: readonly string[], code: string, on: boolean): string[] {
  const rest = list.filter((c) => c !== code);
  return on ? [...rest, code] : rest;
}

// Validation of each step, in the browser, with the same paths the API uses for field errors.
import { isValidMobile, normaliseMobile as schemaNormaliseMobile } from '@skills-huaian/schemas';
import { checkCitizenId } from './citizen-id-field.js';
import type { CourseView, QuestionView } from './course-view.js';
import type { FieldError } from './field-errors.js';
import type { AnswerValue, FormDraft } from './form-state.js';
import type { StepId } from './steps.js';

export const NAME_MAX = 50;

/** The bare 11 digits when valid (spaces, dashes, +86 dropped), else the value as typed, trimmed. */
export function normaliseMobile(value: string): string {
  return schemaNormaliseMobile(value) ?? value.trim();
}

export function validateName(value: string): FieldError | null {
  const v = value.trim();
  if (!v) return { path: 'applicant.name', key: 'nameRequired' };
  if (v.length > NAME_MAX) return { path: 'applicant.name', key: 'nameTooLong' };
  return null;
}

export function validateCitizenIdField(value: string): FieldError | null {
  const r = checkCitizenId(value);
  return r.ok ? null : { path: 'applicant.citizenId', key: r.key };
}

export function validateMobile(value: string): FieldError | null {
  const v = normaliseMobile(value);
  if (!v) return { path: 'applicant.mobile', key: 'mobileRequired' };
  return isValidMobile(v) ? null : { path: 'applicant.mobile', key: 'mobileInvalid' };
}

export function validateDistrict(value: string): FieldError | null {
  return value ? null : { path: 'applicant.districtCode', key: 'districtRequired' };
}

export const ANSWER_MAX = 2000;

function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  return typeof value === 'boolean' || value.trim() !== '';
}

export function validateAnswer(q: QuestionView, value: AnswerValue | undefined): FieldError | null {
  if (q.required && !isAnswered(value)) return { path: `answers.${q.id}`, key: 'answerRequired' };
  if (typeof value === 'string' && value.length > ANSWER_MAX)
    return { path: `answers.${q.id}`, key: 'answerTooLong' };
  return null;
}

/** Validates one applicant field by its path (used as the user types and on blur). */
export function validateField(path: string, draft: FormDraft, course: CourseView | null): FieldError | null {
  const a = draft.applicant;
  switch (path) {
    case 'applicant.name':
      return validateName(a.name);
    case 'applicant.citizenId':
      return validateCitizenIdField(a.citizenId);
    case 'applicant.mobile':
      return validateMobile(a.mobile);
    case 'applicant.districtCode':
      return validateDistrict(a.districtCode);
    case 'positionId':
      return draft.positionId ? null : { path, key: 'positionRequired' };
    case 'consent.purpose':
      return draft.consentPurpose ? null : { path, key: 'consentPurposeRequired' };
    case 'consent.citizenId':
      return draft.consentCitizenId ? null : { path, key: 'consentCitizenIdRequired' };
  }
  if (path.startsWith('answers.') && course) {
    const id = path.slice('answers.'.length);
    const q = allQuestions(course).find((x) => x.id === id);
    return q ? validateAnswer(q, draft.answers[id]) : null;
  }
  return null;
}

export function allQuestions(course: CourseView): QuestionView[] {
  return [...course.questions, ...(course.orderClass?.questions ?? [])];
}

/** The paths each step owns, in the order they appear on screen. */
export function stepPaths(step: StepId, course: CourseView): string[] {
  switch (step) {
    case 'applicant':
      return [
        'applicant.name',
        'applicant.citizenId',
        'applicant.mobile',
        'applicant.districtCode',
        'applicant.targetGroups',
        'applicant.education',
      ];
    case 'questions':
      return course.questions.map((q) => `answers.${q.id}`);
    case 'position':
      return ['positionId', ...(course.orderClass?.questions ?? []).map((q) => `answers.${q.id}`)];
    case 'consent':
      return ['consent.purpose', 'consent.citizenId'];
    default:
      return [];
  }
}

export function validateStep(step: StepId, draft: FormDraft, course: CourseView): FieldError[] {
  return stepPaths(step, course)
    .map((p) => validateField(p, draft, course))
    .filter((e): e is FieldError => e !== null);
}

/** Which step shows a path: server errors are mapped back onto the step that owns the field. */
export function stepOfPath(path: string, steps: readonly StepId[], course: CourseView): StepId | null {
  for (const s of steps) if (stepPaths(s, course).includes(path)) return s;
  if (path.startsWith('applicant.')) return 'applicant';
  if (path.startsWith('consent')) return steps.includes('consent') ? 'consent' : null;
  return null;
}

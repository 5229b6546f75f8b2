// Builds the enrolment request from the draft. Only what the API needs leaves the browser, and
// only to the API.
import type { EnrolmentRequestInput } from '@skills-huaian/schemas';
import { normaliseCitizenId } from './citizen-id-field.js';
import type { CourseView } from './course-view.js';
import type { AnswerValue, EnrolmentTracking, FormDraft } from './form-state.js';
import { allQuestions, normaliseMobile } from './validation.js';

/** The request as the API and the SDK type it. */
export type EnrolmentRequestBody = EnrolmentRequestInput;
type Applicant = EnrolmentRequestInput['applicant'];

function answerFor(value: AnswerValue | undefined): string | boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  const v = value.trim();
  return v ? v : undefined;
}

export function buildRequest(
  draft: FormDraft,
  course: CourseView,
  opts: { noticeVersion: string; agreedAt: string; tracking?: EnrolmentTracking },
): EnrolmentRequestBody {
  const a = draft.applicant;
  const answers: Record<string, string | boolean> = {};
  for (const q of allQuestions(course)) {
    const v = answerFor(draft.answers[q.id]);
    if (v !== undefined) answers[q.id] = v;
  }
  const body: EnrolmentRequestBody = {
    courseId: course.id,
    applicant: {
      name: a.name.trim(),
      citizenId: normaliseCitizenId(a.citizenId),
      mobile: normaliseMobile(a.mobile),
      // Codes come from the schemas' own lists (the select and checkboxes offer nothing else).
      districtCode: a.districtCode as Applicant['districtCode'],
      targetGroups: [...a.targetGroups] as NonNullable<Applicant['targetGroups']>,
      ...(a.education ? { education: a.education as Applicant['education'] } : {}),
    },
    answers,
    consent: { noticeVersion: opts.noticeVersion, agreedAt: opts.agreedAt },
  };
  if (course.orderClass) body.positionId = draft.positionId;
  const tracking = cleanTracking(opts.tracking);
  if (tracking) body.tracking = tracking;
  return body;
}

function cleanTracking(t: EnrolmentTracking | undefined): EnrolmentTracking | undefined {
  if (!t) return undefined;
  const out: EnrolmentTracking = {};
  // The API takes up to 100 characters each; a longer value from a host is cut, not refused.
  if (t.source) out.source = String(t.source).slice(0, 100);
  if (t.campaign) out.campaign = String(t.campaign).slice(0, 100);
  return out.source || out.campaign ? out : undefined;
}

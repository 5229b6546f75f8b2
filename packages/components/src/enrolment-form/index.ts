export {
  DEFAULT_NOTICE_VERSION,
  type EnrolmentErrorDetail,
  type EnrolmentSubmittedDetail,
  SkillsEnrolmentForm,
} from './enrolment-form.js';
export type { EnrolmentPrefill, EnrolmentTracking } from './form-state.js';
export type { StepId } from './steps.js';

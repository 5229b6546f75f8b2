import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../enrolment-form/define.js';
import {
  type EnrolmentErrorDetail,
  type EnrolmentSubmittedDetail,
  SkillsEnrolmentForm as SkillsEnrolmentFormElement,
} from '../enrolment-form/index.js';

/**
 * `<skills-enrolment-form>` as a React component. Props are the element's properties
 * (`courseId`, `privacyNoticeHref`, `prefill`, …); events are `onEnrolmentSubmitted` and `onEnrolmentError`.
 */
export const SkillsEnrolmentForm = createComponent({
  tagName: 'skills-enrolment-form',
  elementClass: SkillsEnrolmentFormElement,
  react: React,
  displayName: 'SkillsEnrolmentForm',
  events: {
    onEnrolmentSubmitted: 'skills-enrolment-submitted' as EventName<CustomEvent<EnrolmentSubmittedDetail>>,
    onEnrolmentError: 'skills-enrolment-error' as EventName<CustomEvent<EnrolmentErrorDetail>>,
  },
});

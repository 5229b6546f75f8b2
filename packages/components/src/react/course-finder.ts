import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../course-finder/define.js';
import {
  type CourseEventDetail,
  SkillsCourseFinder as SkillsCourseFinderElement,
} from '../course-finder/index.js';

/**
 * `<skills-course-finder>` as a React component. Props are the element's properties
 * (`providerId`, `district`, `pageSize`, `enrolMode`, …); events are `onCourseSelect` and
 * `onEnrolRequest`.
 */
export const SkillsCourseFinder = createComponent({
  tagName: 'skills-course-finder',
  elementClass: SkillsCourseFinderElement,
  react: React,
  displayName: 'SkillsCourseFinder',
  events: {
    onCourseSelect: 'skills-course-select' as EventName<CustomEvent<CourseEventDetail>>,
    onEnrolRequest: 'skills-enrol-request' as EventName<CustomEvent<CourseEventDetail>>,
  },
});

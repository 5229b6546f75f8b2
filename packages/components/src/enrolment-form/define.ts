import { defineElement } from '../shared/define.js';
import { SkillsEnrolmentForm } from './enrolment-form.js';

defineElement('skills-enrolment-form', SkillsEnrolmentForm);

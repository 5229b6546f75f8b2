import { defineElement } from '../shared/define.js';
import { SkillsCourseFinder } from './skills-course-finder.js';

defineElement('skills-course-finder', SkillsCourseFinder);

declare global {
  interface HTMLElementTagNameMap {
    'skills-course-finder': SkillsCourseFinder;
  }
}

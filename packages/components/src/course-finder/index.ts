export type { FinderCourse } from './course-view.js';
export type { FinderSearch, SortOrder } from './finder-state.js';
export {
  type CourseEventDetail,
  type EnrolMode,
  type FinderLayout,
  type FinderStatus,
  SkillsCourseFinder,
} from './skills-course-finder.js';

// React wrappers (@lit/react): props become element properties and the `on…` props listen to the
// element's events, so React hosts need no refs. Importing this module registers the elements.
export { SkillsCompetitionBoard } from './competition-board.js';
export { SkillsCourseFinder } from './course-finder.js';
export { SkillsEnrolmentForm } from './enrolment-form.js';
export { SkillsProvider } from './provider.js';

export { SkillsProvider } from './skills-provider.js';

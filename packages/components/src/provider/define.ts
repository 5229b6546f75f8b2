import { defineElement } from '../shared/define.js';
import { SkillsProvider } from './skills-provider.js';

defineElement('skills-provider', SkillsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'skills-provider': SkillsProvider;
  }
}

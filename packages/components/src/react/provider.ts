import { createComponent } from '@lit/react';
import * as React from 'react';
import '../provider/define.js';
import { SkillsProvider as SkillsProviderElement } from '../provider/index.js';

/** `<skills-provider>` as a React component: pass `apiBase`, `publishableKey`, `locale`, `theme` or `client`. */
export const SkillsProvider = createComponent({
  tagName: 'skills-provider',
  elementClass: SkillsProviderElement,
  react: React,
  displayName: 'SkillsProvider',
});

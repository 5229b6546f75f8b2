// Type-checked only (not built): the generated Vue declarations register the elements as
// GlobalComponents, so templates (with vue-tsc / Volar) know their props and events.
import type {} from '@skills-huaian/components/vue';
import type { GlobalComponents } from 'vue';

type Finder = GlobalComponents['skills-course-finder'];
export const finderIsKnown: Finder extends object ? true : false = true;

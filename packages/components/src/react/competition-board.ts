import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../competition-board/define.js';
import {
  type CompetitionSelectDetail,
  SkillsCompetitionBoard as SkillsCompetitionBoardElement,
} from '../competition-board/index.js';

/**
 * `<skills-competition-board>` as a React component. Props are the element's properties
 * (`competitionId`, `status`, `mode`, …); the event is `onCompetitionSelect`.
 */
export const SkillsCompetitionBoard = createComponent({
  tagName: 'skills-competition-board',
  elementClass: SkillsCompetitionBoardElement,
  react: React,
  displayName: 'SkillsCompetitionBoard',
  events: {
    onCompetitionSelect: 'skills-competition-select' as EventName<CustomEvent<CompetitionSelectDetail>>,
  },
});

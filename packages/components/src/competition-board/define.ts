import { defineElement } from '../shared/define.js';
import { SkillsCompetitionBoard } from './competition-board.js';

defineElement('skills-competition-board', SkillsCompetitionBoard);

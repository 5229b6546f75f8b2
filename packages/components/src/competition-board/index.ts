export {
  type BoardMode,
  type CompetitionSelectDetail,
  SkillsCompetitionBoard,
} from './competition-board.js';
export type { LiveStatus } from './live-standings.js';

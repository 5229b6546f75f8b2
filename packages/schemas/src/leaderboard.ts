// Current standings of a competition; `version` grows with every recorded score.
import * as z from 'zod/mini';
import { districtCodeSchema, medalSchema } from './code-schemas.js';
import { idSchema, isoDateTimeSchema } from './common-schemas.js';

/** Contestants compete in public: name and organisation are shown on the board. */
export const contestantSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(50)),
  organisation: z.string().check(z.maxLength(100)),
  districtCode: districtCodeSchema,
});

export const leaderboardEntrySchema = z.object({
  rank: z.int().check(z.minimum(1)),
  contestant: contestantSchema,
  score: z.number(),
  medal: z.nullable(medalSchema),
});

export const leaderboardSchema = z.object({
  competitionId: idSchema,
  version: z.int().check(z.minimum(0)),
  updatedAt: isoDateTimeSchema,
  entries: z.array(leaderboardEntrySchema),
});

/** POST /v1/competitions/{id}/scores. */
export const scoreRequestSchema = z.object({
  contestantId: idSchema,
  score: z.number().check(z.minimum(0), z.maximum(1000)),
});

export type Contestant = z.infer<typeof contestantSchema>;
export type LeaderboardEntry = z.infer<typeof leaderboardEntrySchema>;
export type Leaderboard = z.infer<typeof leaderboardSchema>;
export type ScoreRequest = z.infer<typeof scoreRequestSchema>;

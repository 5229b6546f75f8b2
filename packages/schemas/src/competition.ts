// A city class-one skills competition (市级一类职业技能竞赛).
import * as z from 'zod/mini';
import { competitionStatusSchema, districtCodeSchema, skillLevelSchema } from './code-schemas.js';
import { codedCheck } from './coded-check.js';
import {
  countSchema,
  idSchema,
  isoDateSchema,
  isoDateTimeSchema,
  localisedTextSchema,
} from './common-schemas.js';
import { occupationRefSchema } from './course.js';

export const competitionStageSchema = z.object({
  id: idSchema,
  name: localisedTextSchema,
  startsAt: isoDateTimeSchema,
  endsAt: z.optional(isoDateTimeSchema),
});

export const competitionSchema = z
  .object({
    id: idSchema,
    title: localisedTextSchema,
    year: z.int().check(z.minimum(2000), z.maximum(2100)),
    occupation: occupationRefSchema,
    /** The skill level the winners may be awarded. */
    level: skillLevelSchema,
    organiser: localisedTextSchema,
    venue: localisedTextSchema,
    districtCode: districtCodeSchema,
    stages: z.array(competitionStageSchema),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    status: competitionStatusSchema,
    contestantCount: z.optional(countSchema),
  })
  .check(codedCheck((competition) => (competition.endDate < competition.startDate ? 'date_order' : null)));

export type CompetitionStage = z.infer<typeof competitionStageSchema>;
export type Competition = z.infer<typeof competitionSchema>;

// GET /v1/dictionaries: every code list with zh-CN and en labels.
import * as z from 'zod/mini';
import { catalogueStatuses } from './code-lists/catalogue-statuses.js';
import { certificateKinds } from './code-lists/certificate-kinds.js';
import { competitionStatuses } from './code-lists/competition-statuses.js';
import { deliveryFormats } from './code-lists/delivery-formats.js';
import { educationLevels } from './code-lists/education-levels.js';
import { enrolmentStatuses } from './code-lists/enrolment-statuses.js';
import { industryClusters } from './code-lists/industry-clusters.js';
import { medals } from './code-lists/medals.js';
import { providerKinds } from './code-lists/provider-kinds.js';
import { schedules } from './code-lists/schedules.js';
import { skillLevels } from './code-lists/skill-levels.js';
import { targetGroups } from './code-lists/target-groups.js';
import { tasks } from './code-lists/tasks.js';
import { trainingStyles } from './code-lists/training-styles.js';
import { localisedTextSchema } from './common-schemas.js';
import { districts } from './districts.js';
import { occupations } from './occupations.js';

/** Every code list by name; the body of GET /v1/dictionaries. */
export const dictionaries = {
  districts,
  targetGroups,
  providerKinds,
  trainingStyles,
  deliveryFormats,
  schedules,
  skillLevels,
  occupations,
  tasks,
  industryClusters,
  certificateKinds,
  catalogueStatuses,
  educationLevels,
  enrolmentStatuses,
  competitionStatuses,
  medals,
} as const;

const entry = z.object({ code: z.union([z.string(), z.number()]), name: localisedTextSchema });
const occupationEntry = z.object({
  code: z.string(),
  name: localisedTextSchema,
  levels: z.array(z.number()),
});

export const dictionariesSchema = z.object({
  districts: z.array(entry),
  targetGroups: z.array(entry),
  providerKinds: z.array(entry),
  trainingStyles: z.array(entry),
  deliveryFormats: z.array(entry),
  schedules: z.array(entry),
  skillLevels: z.array(entry),
  occupations: z.array(occupationEntry),
  tasks: z.array(entry),
  industryClusters: z.array(entry),
  certificateKinds: z.array(entry),
  catalogueStatuses: z.array(entry),
  educationLevels: z.array(entry),
  enrolmentStatuses: z.array(entry),
  competitionStatuses: z.array(entry),
  medals: z.array(entry),
});

export type Dictionaries = typeof dictionaries;
export type DictionaryName = keyof Dictionaries;

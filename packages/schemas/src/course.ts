// A course in the training catalogue: one run, from startDate to endDate.
import * as z from 'zod/mini';
import {
  catalogueStatusSchema,
  certificateKindSchema,
  deliveryFormatSchema,
  districtCodeSchema,
  industryClusterSchema,
  scheduleSchema,
  skillLevelSchema,
  targetGroupSchema,
  taskSchema,
  trainingStyleSchema,
} from './code-schemas.js';
import { codedCheck } from './coded-check.js';
import {
  countSchema,
  idSchema,
  isoDateSchema,
  localisedTextSchema,
  occupationCodeSchema,
  yuanSchema,
} from './common-schemas.js';
import { orderClassSchema } from './order-class.js';
import { outcomesSchema } from './outcomes.js';
import { providerSummarySchema } from './provider.js';
import { questionSchema } from './question.js';

export const occupationRefSchema = z.object({ code: occupationCodeSchema, name: localisedTextSchema });

export const certificateSchema = z.object({
  kind: certificateKindSchema,
  /** The skill level certified; null for certificates without a level. */
  level: z.nullable(skillLevelSchema),
});

export const ageLimitsSchema = z
  .object({ min: z.int().check(z.minimum(0)), max: z.int().check(z.maximum(120)) })
  .check(codedCheck((limits) => (limits.min > limits.max ? 'range_order' : null)));

export const courseSchema = z
  .object({
    id: idSchema,
    title: localisedTextSchema,
    summary: z.optional(localisedTextSchema),
    provider: providerSummarySchema,
    districtCode: districtCodeSchema,
    address: z.optional(localisedTextSchema),
    occupation: occupationRefSchema,
    level: skillLevelSchema,
    style: trainingStyleSchema,
    format: deliveryFormatSchema,
    schedule: scheduleSchema,
    /** When classes meet, in words: "周一至周五 19:00–21:00". */
    timetable: z.optional(localisedTextSchema),
    /** Class hours in total. */
    hours: z.optional(z.int().check(z.minimum(1))),
    /** Eligible groups; empty means open to everyone. */
    targetGroups: z.array(targetGroupSchema),
    ageLimits: ageLimitsSchema,
    tasks: z.optional(z.array(taskSchema)),
    cluster: z.optional(z.nullable(industryClusterSchema)),
    subsidised: z.boolean(),
    /** The full fee in yuan. */
    fee: yuanSchema,
    /** The government subsidy in yuan; the trainee pays fee − subsidy. */
    subsidy: yuanSchema,
    capacity: z.int().check(z.minimum(1)),
    seatsLeft: countSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    certificate: z.nullable(certificateSchema),
    outcomes: outcomesSchema,
    catalogueStatus: catalogueStatusSchema,
    /** The course's own enrolment-form questions. */
    questions: z._default(z.array(questionSchema), []),
    /** Present on order and named classes only. */
    orderClass: z.optional(z.nullable(orderClassSchema)),
  })
  .check(
    codedCheck((course) => (course.endDate < course.startDate ? 'date_order' : null)),
    codedCheck((course) => (course.seatsLeft > course.capacity ? 'seats_exceed_capacity' : null)),
  );

export type OccupationRef = z.infer<typeof occupationRefSchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type AgeLimits = z.infer<typeof ageLimitsSchema>;
export type Course = z.infer<typeof courseSchema>;

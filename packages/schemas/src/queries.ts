// Query-string schemas of the list endpoints. Values arrive as strings; numbers and booleans
// are coerced. Unknown parameters are dropped.
import * as z from 'zod/mini';
import {
  competitionStatusSchema,
  deliveryFormatSchema,
  districtCodeSchema,
  enrolmentStatusSchema,
  industryClusterSchema,
  providerKindSchema,
  scheduleSchema,
  targetGroupSchema,
  trainingStyleSchema,
} from './code-schemas.js';
import { idSchema, isoDateSchema, occupationCodeSchema } from './common-schemas.js';

export const courseSorts = ['start-date', 'relevance', 'fee', 'placement-rate', 'seats-left'] as const;

const paging = {
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
};

const booleanParam = z.pipe(
  z.enum(['true', 'false']),
  z.transform((value) => value === 'true'),
);

export const courseQuerySchema = z.object({
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  district: z.optional(districtCodeSchema),
  occupation: z.optional(occupationCodeSchema),
  level: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(5))),
  style: z.optional(trainingStyleSchema),
  format: z.optional(deliveryFormatSchema),
  schedule: z.optional(scheduleSchema),
  group: z.optional(targetGroupSchema),
  subsidised: z.optional(booleanParam),
  provider: z.optional(idSchema),
  cluster: z.optional(industryClusterSchema),
  /** Courses starting on or after this date. */
  startFrom: z.optional(isoDateSchema),
  /** Courses starting on or before this date. */
  startTo: z.optional(isoDateSchema),
  /** Each in its natural direction: soonest, best match, cheapest, highest rate, most seats. */
  sort: z._default(z.enum(courseSorts), 'start-date'),
  ...paging,
});

export const competitionQuerySchema = z.object({
  status: z.optional(competitionStatusSchema),
  year: z.optional(z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100))),
  occupation: z.optional(occupationCodeSchema),
  district: z.optional(districtCodeSchema),
  ...paging,
});

export const enrolmentQuerySchema = z.object({
  courseId: z.optional(idSchema),
  status: z.optional(enrolmentStatusSchema),
  ...paging,
});

export const providerQuerySchema = z.object({
  kind: z.optional(providerKindSchema),
  district: z.optional(districtCodeSchema),
  ...paging,
});

export type CourseSort = (typeof courseSorts)[number];
export type CourseQuery = z.infer<typeof courseQuerySchema>;
export type CourseQueryInput = z.input<typeof courseQuerySchema>;
export type CompetitionQuery = z.infer<typeof competitionQuerySchema>;
export type CompetitionQueryInput = z.input<typeof competitionQuerySchema>;
export type EnrolmentQuery = z.infer<typeof enrolmentQuerySchema>;
export type ProviderQuery = z.infer<typeof providerQuerySchema>;

// Cursor pagination: { data, nextCursor, total }. Pass nextCursor back as `cursor` for the next
// page; null means this was the last.
import * as z from 'zod/mini';
import { competitionSchema } from './competition.js';
import { courseSchema } from './course.js';
import { enrolmentSchema } from './enrolment.js';
import { providerSchema } from './provider.js';

export function listEnvelopeSchema<T extends z.core.SomeType>(item: T) {
  return z.object({
    data: z.array(item),
    nextCursor: z.nullable(z.string()),
    total: z.int().check(z.minimum(0)),
  });
}

/** Counts per value of a filter, for the current query: facets.district = [{ code, count }]. */
export const facetsSchema = z.record(
  z.string(),
  z.array(z.object({ code: z.union([z.string(), z.number()]), count: z.int().check(z.minimum(0)) })),
);

export const courseListSchema = z.object({ ...listEnvelopeSchema(courseSchema).shape, facets: facetsSchema });
export const providerListSchema = listEnvelopeSchema(providerSchema);
export const competitionListSchema = listEnvelopeSchema(competitionSchema);
export const enrolmentListSchema = listEnvelopeSchema(enrolmentSchema);

export interface ListEnvelope<T> {
  data: T[];
  nextCursor: string | null;
  total: number;
}
export type Facets = z.infer<typeof facetsSchema>;
export type CourseList = z.infer<typeof courseListSchema>;
export type ProviderList = z.infer<typeof providerListSchema>;
export type CompetitionList = z.infer<typeof competitionListSchema>;
export type EnrolmentList = z.infer<typeof enrolmentListSchema>;

// The SDK's view of the wire types and input validators, all from @skills-huaian/schemas.
// Query types are the schemas' parsed shapes made optional: callers pass numbers and booleans,
// the SDK serialises them and validates the serialised query exactly as the server will.
import type * as schemas from '@skills-huaian/schemas';

export type {
  Competition,
  Course,
  Dictionaries,
  Enrolment,
  EnrolmentCreated,
  Facets as CourseFacets,
  FieldError,
  Leaderboard,
  LeaderboardEntry,
  Locale,
  Provider,
  ScoreRequest,
} from '@skills-huaian/schemas';
export {
  competitionQuerySchema,
  courseQuerySchema,
  enrolmentQuerySchema,
  enrolmentRequestSchema,
  providerQuerySchema,
  scoreRequestSchema,
  toFieldErrors,
} from '@skills-huaian/schemas';

/** What `enrolments.create` accepts (`targetGroups` and `answers` may be left out). */
export type EnrolmentRequest = schemas.EnrolmentRequestInput;
/** Search filters of `courses.list`; every field optional. */
export type CourseQuery = Partial<schemas.CourseQuery>;
export type CompetitionQuery = Partial<schemas.CompetitionQuery>;
export type EnrolmentQuery = Partial<schemas.EnrolmentQuery>;
export type ProviderQuery = Partial<schemas.ProviderQuery>;

/** What the SDK needs of a Zod schema. */
export interface InputSchema {
  safeParse(
    input: unknown,
  ): { success: true } | { success: false; error: { readonly issues: readonly unknown[] } };
}

// The SDK's view of the wire types, from @skills-huaian/schemas. Types only: nothing here may
// import the schemas at run time, or the core entry would bundle Zod (see schema-validator.ts).
// Query types are the schemas' parsed shapes made optional: callers pass numbers and booleans,
// the SDK serialises them; its validator, if any, checks the serialised query as the server will.
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

/** What `enrolments.create` accepts (`targetGroups` and `answers` may be left out). */
export type EnrolmentRequest = schemas.EnrolmentRequestInput;
/** Search filters of `courses.list`; every field optional. */
export type CourseQuery = Partial<schemas.CourseQuery>;
export type CompetitionQuery = Partial<schemas.CompetitionQuery>;
export type EnrolmentQuery = Partial<schemas.EnrolmentQuery>;
export type ProviderQuery = Partial<schemas.ProviderQuery>;

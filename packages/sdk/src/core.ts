// @skills-huaian/sdk/core: the typed client for the Skills Huai'an API without client-side input
// validation (no Zod, no schemas bundled: the server validates). The main entry (index.ts)
// re-exports all of this and adds schema validation. Add public exports here, not there.
export { assertKeyAllowedHere, isBrowserPage } from './browser-guard.js';
export { type Client, type ClientOptions, createClient } from './client.js';
export {
  ApiError,
  type ApiErrorOptions,
  AuthenticationError,
  ConflictError,
  type FieldError,
  IdempotencyError,
  NetworkError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  TimeoutError,
  ValidationError,
} from './errors.js';
export type {
  Competition,
  CompetitionQuery,
  Course,
  CourseFacets,
  CourseQuery,
  Dictionaries,
  Enrolment,
  EnrolmentCreated,
  EnrolmentQuery,
  EnrolmentRequest,
  Leaderboard,
  LeaderboardEntry,
  Locale,
  Provider,
  ProviderQuery,
  ScoreRequest,
} from './models.js';
export {
  type AutoPaginateOptions,
  CoursePage,
  type FetchPage,
  type ListOptions,
  type ListResponse,
  Page,
  type PageLike,
  PagePromise,
} from './pagination.js';
export { parseRetryAfter } from './problem.js';
export { CompetitionsResource } from './resources/competitions.js';
export { type CourseListResponse, CoursesResource } from './resources/courses.js';
export { DictionariesResource } from './resources/dictionaries.js';
export { EnrolmentsResource } from './resources/enrolments.js';
export { ProvidersResource } from './resources/providers.js';
export { defaultRetrySettings, type RetrySettings } from './retry-policy.js';
export { readEvents, type SseEvent } from './sse.js';
export type { CallOptions, FetchLike, PostOptions } from './transport.js';
export type { InputValidator, QueryKind, SerialisedQuery } from './validator.js';
export type {
  LeaderboardWatch,
  LeaderboardWatchState,
  LeaderboardWatchStatus,
  WatchErrorInfo,
  WatchLeaderboardOptions,
} from './watch-leaderboard.js';

// @skills-huaian/sdk: the typed client for the Skills Huai'an API, for browsers and Node 20+.
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
export type { LeaderboardWatch, WatchLeaderboardOptions } from './watch-leaderboard.js';

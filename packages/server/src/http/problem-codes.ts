// Every problem the server answers with: its stable `code`, its HTTP status and its localised
// titles. One list, so the status of a code cannot differ between routes, and the OpenAPI test
// can check each code against the statuses the document declares for each operation.
export const problemCodes = {
  validation_failed: { status: 400, title: ['请求内容未通过校验', 'The request did not pass validation'] },
  invalid_json: { status: 400, title: ['请求体不是有效的 JSON', 'The request body is not valid JSON'] },
  invalid_cursor: { status: 400, title: ['分页游标无效', 'The cursor is not valid'] },
  unsupported_media_type: {
    status: 415,
    title: ['请求体须为 application/json', 'The request body must be application/json'],
  },
  payload_too_large: { status: 413, title: ['请求体过大', 'The request body is too large'] },
  authentication_required: { status: 401, title: ['缺少 API 密钥', 'An API key is required'] },
  invalid_api_key: { status: 401, title: ['API 密钥无效', 'The API key is not valid'] },
  origin_not_allowed: {
    status: 403,
    title: ['此来源不能使用该可发布密钥', 'This origin may not use this publishable key'],
  },
  secret_key_in_browser: {
    status: 403,
    title: ['密钥不得在浏览器中使用', 'A secret key must not be used from a browser'],
  },
  secret_key_required: { status: 403, title: ['此操作需要服务端密钥', 'This operation needs a secret key'] },
  not_organiser: {
    status: 403,
    title: ['只有竞赛主办方可以登记成绩', 'Only the organiser may record scores'],
  },
  not_found: { status: 404, title: ['未找到', 'Not found'] },
  course_not_found: { status: 404, title: ['课程不存在', 'The course does not exist'] },
  method_not_allowed: { status: 405, title: ['不支持该请求方法', 'Method not allowed'] },
  position_required: { status: 422, title: ['订单班报名须选择岗位', 'Choose a position for an order class'] },
  position_unknown: {
    status: 422,
    title: ['所选岗位不属于该课程', 'The position does not belong to this course'],
  },
  position_not_applicable: {
    status: 422,
    title: ['该课程不是订单班，无需选择岗位', 'This course is not an order class'],
  },
  not_eligible_target_group: {
    status: 422,
    title: ['该课程仅面向特定人群', 'This course is only for certain groups'],
  },
  not_eligible_age: {
    status: 422,
    title: ['年龄不符合该课程要求', 'Your age is outside this course’s limits'],
  },
  duplicate_enrolment: { status: 409, title: ['您已报名该课程', 'You have already enrolled on this course'] },
  subsidised_overlap: {
    status: 409,
    title: [
      '同一时间段内只能参加一门政府补贴性培训',
      'You cannot hold two subsidised courses whose dates overlap',
    ],
  },
  competition_not_live: {
    status: 409,
    title: ['竞赛不在进行中，不能登记成绩', 'Scores can be recorded only while a competition is live'],
  },
  contestant_unknown: {
    status: 422,
    title: ['该选手不属于本竞赛', 'The contestant is not in this competition'],
  },
  idempotency_key_reused: {
    status: 422,
    title: ['该幂等键已用于另一个请求', 'This idempotency key was already used with another request'],
  },
  idempotency_in_flight: {
    status: 409,
    title: ['使用该幂等键的请求仍在处理中', 'A request with this idempotency key is still in progress'],
  },
  invalid_idempotency_key: { status: 400, title: ['幂等键格式不正确', 'The idempotency key is not valid'] },
  rate_limited: { status: 429, title: ['请求过于频繁，请稍后再试', 'Too many requests; try again later'] },
  internal_error: { status: 500, title: ['服务器内部错误', 'Internal server error'] },
} as const satisfies Record<string, { status: number; title: readonly [zh: string, en: string] }>;

export type ProblemCode = keyof typeof problemCodes;

/** What every authenticated /v1 operation can answer: keys, origins, rate limit, our own bugs. */
export const commonProblems = [
  'authentication_required',
  'invalid_api_key',
  'origin_not_allowed',
  'secret_key_in_browser',
  'rate_limited',
  'internal_error',
] as const satisfies readonly ProblemCode[];

/** Answers of the router itself, for paths and methods that are no operation. */
export const routingProblems = ['not_found', 'method_not_allowed'] as const satisfies readonly ProblemCode[];

const listing = ['validation_failed', 'invalid_cursor'] as const;
const jsonBody = [
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'invalid_idempotency_key',
  'idempotency_key_reused',
  'idempotency_in_flight',
] as const;

/** The problems each operation of the OpenAPI document can answer with, besides the common ones. */
export const operationProblems: Record<string, readonly ProblemCode[]> = {
  listCourses: listing,
  getCourse: ['not_found'],
  createEnrolment: [
    ...jsonBody,
    'course_not_found',
    'position_required',
    'position_unknown',
    'position_not_applicable',
    'not_eligible_target_group',
    'not_eligible_age',
    'duplicate_enrolment',
    'subsidised_overlap',
  ],
  listEnrolments: ['secret_key_required', ...listing],
  getEnrolment: ['secret_key_required', 'not_found'],
  listCompetitions: listing,
  getCompetition: ['not_found'],
  getLeaderboard: ['not_found'],
  watchLeaderboard: ['not_found'],
  recordScore: [
    ...jsonBody,
    'secret_key_required',
    'not_organiser',
    'not_found',
    'competition_not_live',
    'contestant_unknown',
  ],
  getDictionaries: [],
  listProviders: listing,
  getProvider: ['not_found'],
};

// RFC 9457 problem responses with a stable `code`, the request id and localised titles. Messages
// never repeat what the client sent, so no personal data reaches an error.
import type { FieldError, Locale } from '@skills-huaian/schemas';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

const titles: Record<string, [zh: string, en: string]> = {
  validation_failed: ['请求内容未通过校验', 'The request did not pass validation'],
  invalid_json: ['请求体不是有效的 JSON', 'The request body is not valid JSON'],
  invalid_cursor: ['分页游标无效', 'The cursor is not valid'],
  unsupported_media_type: ['请求体须为 application/json', 'The request body must be application/json'],
  payload_too_large: ['请求体过大', 'The request body is too large'],
  authentication_required: ['缺少 API 密钥', 'An API key is required'],
  invalid_api_key: ['API 密钥无效', 'The API key is not valid'],
  origin_not_allowed: ['此来源不能使用该可发布密钥', 'This origin may not use this publishable key'],
  secret_key_in_browser: ['密钥不得在浏览器中使用', 'A secret key must not be used from a browser'],
  secret_key_required: ['此操作需要服务端密钥', 'This operation needs a secret key'],
  not_organiser: ['只有竞赛主办方可以登记成绩', 'Only the organiser may record scores'],
  not_found: ['未找到', 'Not found'],
  course_not_found: ['课程不存在', 'The course does not exist'],
  method_not_allowed: ['不支持该请求方法', 'Method not allowed'],
  position_required: ['订单班报名须选择岗位', 'Choose a position for an order class'],
  position_unknown: ['所选岗位不属于该课程', 'The position does not belong to this course'],
  position_not_applicable: ['该课程不是订单班，无需选择岗位', 'This course is not an order class'],
  not_eligible_target_group: ['该课程仅面向特定人群', 'This course is only for certain groups'],
  not_eligible_age: ['年龄不符合该课程要求', 'Your age is outside this course’s limits'],
  duplicate_enrolment: ['您已报名该课程', 'You have already enrolled on this course'],
  subsidised_overlap: [
    '同一时间段内只能参加一门政府补贴性培训',
    'You cannot hold two subsidised courses whose dates overlap',
  ],
  competition_not_live: [
    '竞赛不在进行中，不能登记成绩',
    'Scores can be recorded only while a competition is live',
  ],
  contestant_unknown: ['该选手不属于本竞赛', 'The contestant is not in this competition'],
  idempotency_key_reused: [
    '该幂等键已用于另一个请求',
    'This idempotency key was already used with another request',
  ],
  idempotency_in_flight: [
    '使用该幂等键的请求仍在处理中',
    'A request with this idempotency key is still in progress',
  ],
  invalid_idempotency_key: ['幂等键格式不正确', 'The idempotency key is not valid'],
  rate_limited: ['请求过于频繁，请稍后再试', 'Too many requests; try again later'],
  internal_error: ['服务器内部错误', 'Internal server error'],
};

export function problemTitle(code: string, locale: Locale): string {
  const t = titles[code];
  if (!t) return code;
  return locale === 'en' ? t[1] : t[0];
}

export interface ProblemOptions {
  errors?: FieldError[];
  detail?: string;
  headers?: Record<string, string>;
}

export function problemBody(
  status: number,
  code: string,
  requestId: string,
  locale: Locale,
  opts: ProblemOptions = {},
) {
  return {
    type: `https://skills-huaian.example/problems/${code.replaceAll('_', '-')}`,
    title: problemTitle(code, locale),
    status,
    ...(opts.detail ? { detail: opts.detail } : {}),
    code,
    requestId,
    ...(opts.errors ? { errors: opts.errors } : {}),
  };
}

export function problem(
  c: Context<AppEnv>,
  status: number,
  code: string,
  opts: ProblemOptions = {},
): Response {
  const body = problemBody(status, code, c.get('requestId') ?? '', c.get('locale') ?? 'zh-CN', opts);
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json; charset=utf-8',
    ...opts.headers,
  };
  return c.body(JSON.stringify(body), status as 400, headers);
}

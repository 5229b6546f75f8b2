// RFC 9457 problem responses with a stable `code`, the request id and localised titles. Messages
// never repeat what the client sent, so no personal data reaches an error.
import type { FieldError, Locale } from '@skills-huaian/schemas';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { type ProblemCode, problemCodes } from './problem-codes.js';

export function problemTitle(code: ProblemCode, locale: Locale): string {
  const [zh, en] = problemCodes[code].title;
  return locale === 'en' ? en : zh;
}

export interface ProblemOptions {
  errors?: FieldError[];
  detail?: string;
  headers?: Record<string, string>;
}

export function problemBody(code: ProblemCode, requestId: string, locale: Locale, opts: ProblemOptions = {}) {
  const { status } = problemCodes[code];
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

/** A problem response; the status comes from the code (see problem-codes.ts). */
export function problem(c: Context<AppEnv>, code: ProblemCode, opts: ProblemOptions = {}): Response {
  const body = problemBody(code, c.get('requestId') ?? '', c.get('locale') ?? 'zh-CN', opts);
  const headers: Record<string, string> = {
    'Content-Type': 'application/problem+json; charset=utf-8',
    ...opts.headers,
  };
  return c.body(JSON.stringify(body), body.status as 400, headers);
}

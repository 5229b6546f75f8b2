// Applies the client's validator (if any) before a call is sent: refusal is a ValidationError
// with field errors and no request made. No schemas here: this file is part of the core entry.
import { type FieldError, ValidationError } from './errors.js';
import type { EnrolmentRequest, ScoreRequest } from './models.js';
import type { ResourceContext } from './resources/context.js';
import { type Query, toSearchParams } from './transport.js';
import type { QueryKind } from './validator.js';

function refuse(errors: readonly FieldError[] | null | undefined, ctx: ResourceContext): void {
  if (!errors || errors.length === 0) return;
  const { locale } = ctx;
  // Paths only: values may be personal data (ID numbers, phones) and never go into a message.
  const paths = errors.map((e) => e.path || '(root)').join(locale === 'en' ? ', ' : '、');
  const message =
    locale === 'en'
      ? `Invalid request (not sent): ${errors.length} field(s) failed validation: ${paths}`
      : `请求未发送：${errors.length} 个字段未通过校验：${paths}`;
  throw new ValidationError(message, { code: 'validation_failed', errors });
}

/** Validates a list query as the server will see it: serialised to query-string values. */
export function validateQuery(ctx: ResourceContext, kind: QueryKind, query: Query): void {
  const check = ctx.validator?.[kind];
  if (!check) return;
  refuse(check.call(ctx.validator, Object.fromEntries(toSearchParams(query)), ctx.locale), ctx);
}

export function validateEnrolmentRequest(ctx: ResourceContext, body: EnrolmentRequest): void {
  refuse(ctx.validator?.enrolmentRequest?.(body, ctx.locale), ctx);
}

export function validateScoreRequest(ctx: ResourceContext, body: ScoreRequest): void {
  refuse(ctx.validator?.scoreRequest?.(body, ctx.locale), ctx);
}

// Client-side validation: refuse bad input before sending, with field errors in the client's locale.
import { ValidationError } from './errors.js';
import { type InputSchema, type Locale, toFieldErrors } from './models.js';
import { type Query, toSearchParams } from './transport.js';

export function validateInput(schema: InputSchema, input: unknown, locale: Locale): void {
  const result = schema.safeParse(input);
  if (result.success) return;
  const errors = toFieldErrors(result.error as Parameters<typeof toFieldErrors>[0], locale, input);
  // Paths only: values may be personal data (ID numbers, phones) and never go into a message.
  const paths = errors.map((e) => e.path || '(root)').join(locale === 'en' ? ', ' : '、');
  const message =
    locale === 'en'
      ? `Invalid request (not sent): ${errors.length} field(s) failed validation: ${paths}`
      : `请求未发送：${errors.length} 个字段未通过校验：${paths}`;
  throw new ValidationError(message, { code: 'validation_failed', errors });
}

/** Validates a list query as the server will see it: serialised to query-string values. */
export function validateQuery(schema: InputSchema, query: Query, locale: Locale): void {
  validateInput(schema, Object.fromEntries(toSearchParams(query)), locale);
}

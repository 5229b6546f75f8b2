// Turns a Zod error into the wire's field errors, [{ path, code, message }], with the message
// in the requested locale. Works for classic and mini Zod errors alike (only `issues` is read).
import type * as z from 'zod/mini';
import type { Locale } from './locale.js';
import { type FieldErrorCode, fieldErrorMessages, isFieldErrorCode } from './messages.js';
import type { FieldError } from './problem.js';

type Issue = z.core.$ZodIssue;

/** Dotted path: ['applicant', 'citizenId'] → 'applicant.citizenId'. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => String(key)).join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codeAndValues(issue: Issue, input: unknown): [FieldErrorCode, Record<string, string>] {
  const custom = issue.code === 'custom' ? issue.params?.['code'] : undefined;
  if (isFieldErrorCode(custom)) return [custom, {}];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.expected === 'int') return ['not_integer', {}];
      const missing = input !== undefined && valueAt(input, issue.path) == null;
      return [missing ? 'required' : 'invalid_type', {}];
    }
    case 'too_small': {
      const min = { min: String(issue.minimum) };
      if (issue.origin === 'string') return [issue.minimum === 1 ? 'required' : 'too_short', min];
      if (issue.origin === 'array' || issue.origin === 'set') return ['too_few', min];
      return ['too_small', min];
    }
    case 'too_big': {
      const max = { max: String(issue.maximum) };
      if (issue.origin === 'string') return ['too_long', max];
      if (issue.origin === 'array' || issue.origin === 'set') return ['too_many', max];
      return ['too_big', max];
    }
    case 'invalid_format':
      if (issue.format === 'date') return ['invalid_date', {}];
      if (issue.format === 'datetime') return ['invalid_datetime', {}];
      if (issue.format === 'url') return ['invalid_url', {}];
      return ['invalid_format', {}];
    case 'invalid_value':
      return ['invalid_value', {}];
    case 'unrecognized_keys':
      return ['unrecognized_keys', {}];
    default:
      return ['invalid', {}];
  }
}

/** The message for a code in a locale, with {min}/{max} filled in. */
export function fieldErrorMessage(
  code: FieldErrorCode,
  locale: Locale,
  values: Record<string, string> = {},
): string {
  return fieldErrorMessages[code][locale].replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}

/**
 * Field errors for a failed parse. Pass the parsed `input` too when you have it: an absent
 * field is then reported as `required` rather than `invalid_type`.
 */
export function toFieldErrors(
  error: { readonly issues: readonly Issue[] },
  locale: Locale = 'zh-CN',
  input?: unknown,
): FieldError[] {
  return error.issues.map((issue) => {
    const [code, values] = codeAndValues(issue, input);
    return { path: issuePath(issue.path), code, message: fieldErrorMessage(code, locale, values) };
  });
}

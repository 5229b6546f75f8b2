// Query-string validation and the cursor error shared by the list routes.
import { fieldErrorMessage } from '@skills-huaian/schemas';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { problem } from '../http/problem.js';
import { validate } from '../http/validate.js';
import { InvalidCursorError } from '../storage/cursor.js';

type Parser<T> = Parameters<typeof validate<T>>[0];

export function parseQuery<T>(
  c: Context<AppEnv>,
  schema: Parser<T>,
): { ok: true; data: T } | { ok: false; response: Response } {
  const v = validate(schema, c.req.query(), c.get('locale'), false);
  if (!v.ok) return { ok: false, response: problem(c, 'validation_failed', { errors: v.errors }) };
  return v;
}

/** Runs a store read; an undecodable cursor becomes a 400 problem. */
export function withCursor(c: Context<AppEnv>, read: () => Response): Response {
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidCursorError)
      return problem(c, 'invalid_cursor', {
        errors: [{ path: 'cursor', code: 'invalid', message: fieldErrorMessage('invalid', c.get('locale')) }],
      });
    throw error;
  }
}

// application/problem+json (RFC 9457) with our stable `code`, the `requestId` to quote to
// support, and per-field errors for validation failures.
import * as z from 'zod/mini';

export const fieldErrorSchema = z.object({
  /** Dotted path into the request body: applicant.citizenId, answers.q1, positions.0.title. */
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Stable, snake_case: validation_failed, not_found, idempotency_conflict, … */
  code: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  requestId: z.string(),
  errors: z.optional(z.array(fieldErrorSchema)),
});

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema>;
